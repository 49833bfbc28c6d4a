package vn.dang.chidao.process.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import vn.dang.chidao.directive.DirectiveDraft;
import vn.dang.chidao.directive.DirectiveService;
import vn.dang.chidao.directive.DirectiveType;
import vn.dang.chidao.directive.ReviewDecision;
import vn.dang.chidao.directive.ReviewStep;
import vn.dang.chidao.directory.Actor;
import vn.dang.chidao.document.DirectiveDocuments;
import vn.dang.chidao.numbering.DocumentNumber;
import vn.dang.chidao.numbering.NumberingService;
import vn.dang.chidao.process.ProcessBindings;
import vn.dang.chidao.reporting.AssignmentWork;
import vn.dang.chidao.reporting.RecipientRepository;
import vn.dang.chidao.reporting.UnitReports;

/** The delegates alone, with Mockito: they translate variables to service calls and back, nothing more. */
class DelegateTest {

    private static final Actor OFFICE_HEAD = new Actor("chanhvanphong", Set.of());

    private DelegateExecution execution;
    private final ProcessBindings bindings = mock(ProcessBindings.class);

    @BeforeEach
    void execution() {
        execution = mock(DelegateExecution.class, RETURNS_DEEP_STUBS);
        when(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication())
                .thenReturn(new Authentication("chanhvanphong", List.of()));
    }

    @Test
    void closeUnitWorkWakesTheDirectiveOnlyForTheLastUnit() {
        UnitReports reports = mock(UnitReports.class);
        RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
        MessageCorrelationBuilder correlation = mock(MessageCorrelationBuilder.class);
        when(runtime.createMessageCorrelation("AllReportsAccepted")).thenReturn(correlation);
        when(correlation.processInstanceId(any())).thenReturn(correlation);
        when(bindings.recipient(execution)).thenReturn(7L);
        when(reports.directiveProcessInstance(7L)).thenReturn("directive-pi");
        CloseUnitWork delegate = new CloseUnitWork(bindings, reports, runtime);

        when(reports.closeUnit(7L)).thenReturn(false);
        delegate.execute(execution);
        verify(runtime, never()).createMessageCorrelation(any());

        when(reports.closeUnit(7L)).thenReturn(true);
        delegate.execute(execution);
        verify(correlation).processInstanceId("directive-pi");
        verify(correlation).correlate();
    }

    @Test
    void formatCheckReturnLeavesTheReasonForTheDrafter() {
        DirectiveService directives = mock(DirectiveService.class);
        when(bindings.directive(execution)).thenReturn(42L);
        when(execution.getVariable("formatDecision")).thenReturn("return");
        when(execution.getVariable("formatComment")).thenReturn("  Sai Nơi nhận ");
        when(directives.review(42L, ReviewStep.FORMAT_CHECK, "return", "  Sai Nơi nhận ", OFFICE_HEAD))
                .thenReturn(ReviewDecision.RETURN);

        new RecordFormatCheck(bindings, directives).execute(execution);

        verify(execution).setVariable("lastReviewComment", "Kiểm tra thể thức — trả lại: Sai Nơi nhận");
    }

    @Test
    void formatCheckPassLeavesNoComment() {
        DirectiveService directives = mock(DirectiveService.class);
        when(bindings.directive(execution)).thenReturn(42L);
        when(execution.getVariable("formatDecision")).thenReturn("pass");
        when(directives.review(anyLong(), any(), any(), any(), any())).thenReturn(ReviewDecision.PASS);

        new RecordFormatCheck(bindings, directives).execute(execution);

        verify(execution, never()).setVariable(eq("lastReviewComment"), any());
    }

    @Test
    void theIssuedDocumentIsRenderedForTheDirective() {
        DirectiveDocuments documents = mock(DirectiveDocuments.class);
        when(bindings.directive(execution)).thenReturn(5L);

        new GenerateDirectiveDocument(bindings, documents).execute(execution);

        verify(documents).generate(5L);
    }

    @Test
    void numberAndIssueDateGoToTheProcess() {
        NumberingService numbering = mock(NumberingService.class);
        DirectiveService directives = mock(DirectiveService.class, RETURNS_DEEP_STUBS);
        when(bindings.directive(execution)).thenReturn(5L);
        when(numbering.assign(5L)).thenReturn(new DocumentNumber(1759, "CV", "HU"));
        when(directives.get(5L).issuedOn()).thenReturn(LocalDate.of(2023, 7, 4));

        new AssignDocumentNumber(bindings, numbering, directives).execute(execution);

        verify(execution).setVariable("documentNumber", "1759-CV/HU");
        verify(execution).setVariable("issuedOn", "04/07/2023");
    }

    @Test
    void draftFormValuesBecomeADraft() {
        when(execution.getVariable("directiveType")).thenReturn("CV");
        when(execution.getVariable("issuer")).thenReturn("hu-bao-yen");
        when(execution.getVariable("subject")).thenReturn("V/v thử");
        when(execution.getVariable("body")).thenReturn("Nội dung");
        when(execution.getVariable("recipients")).thenReturn("[\"mttq-bao-yen\",\"btg-bao-yen\"]");
        when(execution.getVariable("assignments")).thenReturn(
                "[{\"content\":\"Việc 1\",\"units\":[\"mttq-bao-yen\"],\"deadline\":\"2099-03-30\"},"
                        + "{\"content\":\"Việc 2\",\"units\":[\"btg-bao-yen\"],\"deadline\":\"trong quý I năm 2099\"}]");
        when(execution.getVariable("distribution")).thenReturn("Thường trực Huyện ủy (b/c),\r\n\r\nLưu VT.\n");
        when(execution.getVariable("signer")).thenReturn("phobithu");

        DirectiveDraft draft = SaveDraft.readDraft(execution);

        assertThat(draft.type()).isEqualTo(DirectiveType.CV);
        assertThat(draft.recipientCodes()).containsExactly("mttq-bao-yen", "btg-bao-yen");
        assertThat(draft.assignments()).extracting(a -> a.deadlineText())
                .containsExactly("2099-03-30", "trong quý I năm 2099");
        assertThat(draft.distribution()).containsExactly("Thường trực Huyện ủy (b/c),", "Lưu VT.");
    }

    @Test
    void reportReviewRecordsTheDecisionForTheGateway() {
        UnitReports reports = mock(UnitReports.class);
        when(bindings.recipient(execution)).thenReturn(3L);
        when(execution.getVariable("reviewDecision")).thenReturn("return");
        when(execution.getVariable("reviewComment")).thenReturn("Thiếu số liệu");
        when(reports.reviewReport(3L, "return", "Thiếu số liệu", OFFICE_HEAD)).thenReturn(false);
        when(reports.lastReturnComment(3L)).thenReturn("Thiếu số liệu");

        AssignmentTable table = mock(AssignmentTable.class);

        new RecordReportReview(bindings, reports, table).execute(execution);

        ArgumentCaptor<Object> accepted = ArgumentCaptor.forClass(Object.class);
        verify(execution).setVariable(eq("reportAccepted"), accepted.capture());
        assertThat(accepted.getValue()).isEqualTo(false);
        verify(execution).setVariable("reportReturnComment", "Thiếu số liệu");
        verify(table).show(execution, 3L);
    }

    @Test
    void closingTheUnitTellsTheGatewayWhetherItWasTheLastWithoutStoringIt() {
        UnitReports reports = mock(UnitReports.class);
        when(bindings.recipient(execution)).thenReturn(7L);
        when(reports.closeUnit(7L)).thenReturn(true);

        new RecordUnitWorkClosed(bindings, reports).execute(execution);

        ArgumentCaptor<Object> last = ArgumentCaptor.forClass(Object.class);
        verify(execution).setVariable(eq("lastUnitClosed"), last.capture());
        assertThat(last.getValue()).isInstanceOfSatisfying(TypedValue.class, v -> {
            assertThat(v.getValue()).isEqualTo(true);
            assertThat(v.isTransient()).isTrue();
        });
    }

    @Test
    void theAllReportsAcceptedEventWakesTheUnitsDirective() {
        RecipientRepository recipients = mock(RecipientRepository.class);
        RuntimeService runtime = mock(RuntimeService.class);
        MessageCorrelationBuilder correlation = mock(MessageCorrelationBuilder.class);
        when(runtime.createMessageCorrelation("AllReportsAccepted")).thenReturn(correlation);
        when(correlation.processInstanceId(any())).thenReturn(correlation);
        when(bindings.recipient(execution)).thenReturn(7L);
        when(recipients.directiveProcessInstance(7L)).thenReturn("directive-pi");

        new SendAllReportsAccepted(bindings, recipients, runtime).execute(execution);

        verify(correlation).processInstanceId("directive-pi");
        verify(correlation).correlate();
    }

    @Test
    void theDirectiveClosedEventStopsEveryRecurringInstanceOfTheDirective() {
        RuntimeService runtime = mock(RuntimeService.class);
        MessageCorrelationBuilder correlation = mock(MessageCorrelationBuilder.class);
        when(runtime.createMessageCorrelation("DirectiveClosed")).thenReturn(correlation);
        when(correlation.processInstanceId(any())).thenReturn(correlation);
        when(bindings.directive(execution)).thenReturn(42L);
        when(bindings.recurringInstances(42L)).thenReturn(List.of("rounds-1", "rounds-2"));

        new SendDirectiveClosed(bindings, runtime).execute(execution);

        verify(correlation).processInstanceId("rounds-1");
        verify(correlation).processInstanceId("rounds-2");
        verify(correlation, times(2)).correlateAllWithResult();
    }

    @Test
    void endingTheTrackingArchivesTheDirectiveAsTheActingUser() {
        DirectiveService directives = mock(DirectiveService.class);
        when(bindings.directive(execution)).thenReturn(42L);

        new RecordTrackingClosed(bindings, directives).execute(execution);

        verify(directives).closeTracking(42L, OFFICE_HEAD);
    }

    @Test
    void theOldCloseTrackingStillArchivesAndStopsTheRoundsForDefinitionsDeployedBeforeTheEvents() {
        DirectiveService directives = mock(DirectiveService.class);
        RuntimeService runtime = mock(RuntimeService.class);
        MessageCorrelationBuilder correlation = mock(MessageCorrelationBuilder.class);
        when(runtime.createMessageCorrelation("DirectiveClosed")).thenReturn(correlation);
        when(correlation.processInstanceId(any())).thenReturn(correlation);
        when(bindings.directive(execution)).thenReturn(42L);
        when(bindings.recurringInstances(42L)).thenReturn(List.of("rounds-1"));

        new CloseTracking(bindings, directives, runtime).execute(execution);

        verify(directives).closeTracking(42L, OFFICE_HEAD);
        verify(correlation).processInstanceId("rounds-1");
        verify(correlation).correlateAllWithResult();
    }

    @Test
    void eachRecurringAssignmentStartsItsRoundsByTheStartMessage() {
        AssignmentWork assignmentWork = mock(AssignmentWork.class);
        RuntimeService runtime = mock(RuntimeService.class);
        MessageCorrelationBuilder correlation = mock(MessageCorrelationBuilder.class);
        when(runtime.createMessageCorrelation("RecurringWorkStarted")).thenReturn(correlation);
        when(correlation.processInstanceBusinessKey(any())).thenReturn(correlation);
        when(correlation.setVariables(any())).thenReturn(correlation);
        when(bindings.recipient(execution)).thenReturn(7L);
        when(execution.getProcessBusinessKey()).thenReturn("01-CV/HU mttq-bao-yen");
        when(assignmentWork.recurringAssignmentIds(7L)).thenReturn(List.of(11L, 12L));
        when(assignmentWork.assignment(7L, 11L)).thenReturn(new vn.dang.chidao.directive.Assignment(11L, 1L, 2, "Việc năm",
                null, "trước ngày 30/3 hằng năm", null));
        when(assignmentWork.assignment(7L, 12L)).thenReturn(new vn.dang.chidao.directive.Assignment(12L, 1L, 3, "Việc quý",
                null, "hằng quý", null));

        new StartRecurringWork(bindings, assignmentWork, runtime).execute(execution);

        verify(correlation).processInstanceBusinessKey("01-CV/HU mttq-bao-yen NV2");
        verify(correlation).processInstanceBusinessKey("01-CV/HU mttq-bao-yen NV3");
        verify(correlation, times(2)).correlateStartMessage();
    }
}
