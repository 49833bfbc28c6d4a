package vn.dang.chidao.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bare engine's beans for our BPMN ({@link BaselineEngine#MODELS}): every
 * {@code ${…}} the models name, doing nothing but what the engine needs to take the same path — set the
 * variables gateways, timers and assignees read, start one unit-work instance per recipient, and correlate
 * the message when the last unit is accepted. No project tables: what the real delegates keep in the
 * database (recipients, assignments, counters) lives in memory here.
 */
public final class BaselineDelegates {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String TRACKING_GROUP = "hu-bao-yen_van-phong";
    private static final List<String> NO_OPS = List.of("prepareDraft", "recordFormatCheck", "recordApproval",
            "notifyUnit", "recordAcknowledgement", "startRecurringWork", "recordAssignmentDone", "requestExtension",
            "recordExtensionDecision", "sendReminder", "reportOverdue", "recordReport", "recordChildResult",
            "archiveDirective", "recordTrackingClosed", "sendDirectiveClosed", "planNextRound", "recordRound");

    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger numbers = new AtomicInteger();
    private final Map<Long, List<Assigned>> assignmentsByRecipient = new ConcurrentHashMap<>();
    private final Map<Long, String> directiveOfRecipient = new ConcurrentHashMap<>();
    private final Map<String, List<Assigned>> assignmentRows = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> openUnits = new ConcurrentHashMap<>();
    /** Units reached so far per directive instance: the same batches as DispatchService. */
    private final Map<String, Integer> dispatchedUnits = new ConcurrentHashMap<>();
    private final int dispatchBatchSize;

    BaselineDelegates(int dispatchBatchSize) {
        this.dispatchBatchSize = dispatchBatchSize;
    }

    private record Assigned(long id, LocalDate deadline) {
    }

    /** What the draft task submitted: the real DispatchService reads it from the directive's rows. */
    private record Draft(long directiveId, String subject, List<String> recipients,
                         List<Map<String, Object>> assignments) {
    }

    /** Drafts by the directive's instance id (issue-directive gets only that id, as in the real models). */
    private final Map<String, Draft> drafts = new ConcurrentHashMap<>();

    Map<Object, Object> beans() {
        Map<Object, Object> beans = new HashMap<>();
        JavaDelegate noOp = execution -> { };
        NO_OPS.forEach(name -> beans.put(name, noOp));
        beans.put("saveDraft", (JavaDelegate) this::saveDraft);
        beans.put("assignDocumentNumber", (JavaDelegate) this::assignDocumentNumber);
        beans.put("generateDirectiveDocument", (JavaDelegate) execution -> { });
        beans.put("dispatchDirective", (JavaDelegate) this::dispatch);
        beans.put("prepareUnitWork", (ExecutionListener) this::prepareUnitWork);
        beans.put("assignmentsOfUnit", this);
        beans.put("prepareAssignment", (ExecutionListener) this::prepareAssignment);
        beans.put("recordReportReview", (JavaDelegate) this::recordReportReview);
        beans.put("recordUnitWorkClosed", (JavaDelegate) this::recordUnitWorkClosed);
        beans.put("sendAllReportsAccepted", (JavaDelegate) this::sendAllReportsAccepted);
        beans.put("showRequestToUnit", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
        beans.put("prepareSummary", (JavaDelegate) this::prepareSummary);
        beans.put("draftOptions", (org.camunda.bpm.engine.delegate.TaskListener) task -> { });
        beans.put("bindDirectiveRequest", (ExecutionListener) execution -> { });
        beans.put("bindRecurringWork", (ExecutionListener) execution -> { });
        beans.put("taskAuthority", new TaskAuthority());
        return beans;
    }

    /**
     * {@code ${taskAuthority.…(execution)}}: the bare engine takes assignees and candidates from variables, which is
     * what the models did before they read them from the project's tables.
     */
    public static final class TaskAuthority {
        public Object drafter(DelegateExecution execution) {
            return execution.getVariable("initiator");
        }

        public Object officeHeadGroup(DelegateExecution execution) {
            return execution.getVariable("officeHeadGroup");
        }

        public Object signerGroup(DelegateExecution execution) {
            return execution.getVariable("signerGroup");
        }

        public Object signer(DelegateExecution execution) {
            return execution.getVariable("signer");
        }

        public Object trackingGroup(DelegateExecution execution) {
            // not a variable of unit-work or directive-summary: the real one reads the directive's row
            return TRACKING_GROUP;
        }

        public Object unitGroup(DelegateExecution execution) {
            return execution.getVariable("unitGroup");
        }
    }

    /** {@code ${assignmentsOfUnit.ids(execution)}}: the collection of the unit's parallel assignment tasks. */
    public List<Long> ids(DelegateExecution execution) {
        Object recipientId = execution.getVariable("recipientId");
        return assignmentsByRecipient.getOrDefault(((Number) recipientId).longValue(), List.of()).stream()
                .map(Assigned::id).toList();
    }

    private void saveDraft(DelegateExecution execution) {
        long directiveId = ids.incrementAndGet();
        drafts.put((String) execution.getVariable("directiveProcessInstanceId"), new Draft(directiveId,
                (String) execution.getVariable("subject"),
                json(execution.getVariable("recipients"), new TypeReference<List<String>>() { }),
                json(execution.getVariable("assignments"), new TypeReference<List<Map<String, Object>>>() { })));
        execution.setVariable("directiveId", directiveId);
        execution.setVariable("officeHeadGroup", "hu-bao-yen_chanh-van-phong");
        execution.setVariable("signerGroup", "hu-bao-yen_lanh-dao");
    }

    private void assignDocumentNumber(DelegateExecution execution) {
        execution.setVariable("documentNumber", "%02d-CV/BASE".formatted(numbers.incrementAndGet()));
        execution.setVariable("issuedOn", LocalDate.now(ZONE).toString());
    }

    private void dispatch(DelegateExecution execution) {
        String directivePi = (String) execution.getVariable("directiveProcessInstanceId");
        Draft draft = drafts.get(directivePi);
        List<String> recipients = draft.recipients();
        List<Map<String, Object>> assignments = draft.assignments();
        String number = (String) execution.getVariable("documentNumber");
        int from = dispatchedUnits.getOrDefault(directivePi, 0);
        int to = Math.min(recipients.size(), from + dispatchBatchSize);
        List<Assigned> rows = new ArrayList<>();
        if (from == 0) {
            for (Map<String, Object> a : assignments) {
                rows.add(new Assigned(ids.incrementAndGet(), LocalDate.parse((String) a.get("deadline"))));
            }
            assignmentRows.put(directivePi, rows);
            openUnits.put(directivePi, new AtomicInteger(recipients.size()));
        } else {
            rows = assignmentRows.get(directivePi);
        }
        for (String unit : recipients.subList(from, to)) {
            long recipientId = ids.incrementAndGet();
            List<Assigned> mine = new ArrayList<>();
            for (int i = 0; i < assignments.size(); i++) {
                if (((List<?>) assignments.get(i).get("units")).contains(unit)) {
                    mine.add(rows.get(i));
                }
            }
            assignmentsByRecipient.put(recipientId, mine);
            directiveOfRecipient.put(recipientId, directivePi);
            // the same start variables as UnitWorkStarter
            VariableMap variables = Variables.createVariables()
                    .putValue("directiveId", draft.directiveId())
                    .putValue("recipientId", recipientId)
                    .putValue("unitGroup", unit)
                    .putValue("unitName", "Đơn vị " + unit)
                    .putValue("documentNumber", number)
                    .putValue("subject", draft.subject());
            execution.getProcessEngineServices().getRuntimeService().createProcessInstanceByKey("unit-work")
                    .businessKey(EngineUnderTest.unitKey(number, unit)).setVariables(variables).execute();
        }
        // in memory, so it counts only once the batch's transaction committed (a rolled-back batch runs again)
        int reached = to;
        org.camunda.bpm.engine.impl.context.Context.getCommandContext().getTransactionContext().addTransactionListener(
                org.camunda.bpm.engine.impl.cfg.TransactionState.COMMITTED,
                commandContext -> dispatchedUnits.put(directivePi, reached));
        execution.setVariable("unitCount", (long) to);
        execution.setVariable("dispatchRemaining", (long) (recipients.size() - to));
    }

    private void prepareUnitWork(DelegateExecution execution) {
        execution.setVariable("unitCanIssue", false);
        execution.setVariable("implementationMode", "direct");
        long recipientId = ((Number) execution.getVariable("recipientId")).longValue();
        // the report is due with the unit's last deadline, as PrepareUnitWork sets it
        execution.setVariable("reportDueAt", assignmentsByRecipient.get(recipientId).stream().map(Assigned::deadline)
                .max(LocalDate::compareTo).map(last -> Date.from(last.atTime(17, 0).atZone(ZONE).toInstant()))
                .orElse(null));
    }

    private void prepareAssignment(DelegateExecution execution) {
        long recipientId = ((Number) execution.getVariable("recipientId")).longValue();
        long assignmentId = ((Number) execution.getVariable("assignmentId")).longValue();
        Assigned a = assignmentsByRecipient.get(recipientId).stream().filter(x -> x.id() == assignmentId)
                .findFirst().orElseThrow();
        // local, as in the real listener, so that parallel assignments keep their own values
        execution.setVariableLocal("resultNote", null);
        execution.setVariableLocal("assignmentAction", null);
        execution.setVariableLocal("assignmentDueAt", Date.from(a.deadline().atTime(17, 0).atZone(ZONE).toInstant()));
        execution.setVariableLocal("reminderAt",
                Date.from(a.deadline().minusDays(3).atTime(8, 0).atZone(ZONE).toInstant()));
    }

    private void recordReportReview(DelegateExecution execution) {
        execution.setVariable("reportAccepted", "accept".equals(execution.getVariable("reviewDecision")));
    }

    /** As RecordUnitWorkClosed: whether this was the directive's last unit, transient, for the model's gateway. */
    private void recordUnitWorkClosed(DelegateExecution execution) {
        String directivePi = directiveOfRecipient.get(recipientId(execution));
        execution.setVariable("lastUnitClosed",
                Variables.booleanValue(openUnits.get(directivePi).decrementAndGet() == 0, true));
    }

    /** As SendAllReportsAccepted: the model's message event wakes the directive. */
    private void sendAllReportsAccepted(DelegateExecution execution) {
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation("AllReportsAccepted")
                .processInstanceId(directiveOfRecipient.get(recipientId(execution))).correlate();
    }

    private static long recipientId(DelegateExecution execution) {
        return ((Number) execution.getVariable("recipientId")).longValue();
    }

    private void prepareSummary(DelegateExecution execution) {
        execution.setVariable("hasRecurringAssignments", false);
    }

    private static <T> T json(Object value, TypeReference<T> type) {
        try {
            return JSON.readValue(value.toString(), type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + value, e);
        }
    }
}
