package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * "Trước ngày 30/3 hằng năm": a round each year, each with its own report, rolling into the next year,
 * until the office ends the tracking; the unit's report on its one-off work is not held up by it.
 */
class RecurringAssignmentProcessTest extends WorkflowTestBase {

    @Test
    void yearlyAssignmentRunsInRoundsUntilTheOfficeEndsTracking() {
        LocalDate today = today();
        LocalDate firstDue = MonthDay.of(3, 30).atYear(today.getYear());
        if (!firstDue.isAfter(today)) {
            firstDue = firstDue.plusYears(1);
        }
        ProcessInstance directive = drafted("Kế hoạch báo cáo hằng năm", List.of(
                Map.of("content", "Tổ chức hội nghị triển khai", "units", List.of("mttq-bao-yen"),
                        "deadline", "trong tháng " + today.plusMonths(1).getMonthValue() + "/"
                                + today.plusMonths(1).getYear()),
                Map.of("content", "Báo cáo kết quả thực hiện", "units", List.of("mttq-bao-yen"),
                        "deadline", "trước ngày 30/3 hằng năm")));

        // the forms show what the phrases mean
        List<Object> resolved = JsonVarTestSupport.list(runtimeService().getVariable(
                driver.called(directive, "draft-and-approve").getId(), "assignments"));
        assertThat(resolved).extracting(r -> ((Map<?, ?>) r).get("resolved").toString())
                .satisfiesExactly(first -> assertThat(first).contains("cuối tháng"),
                        second -> assertThat(second).startsWith("30/03 hằng năm"));

        approved(directive);
        long directiveId = directiveId(directive.getId());
        assertThat(jdbc.queryForMap("select deadline, deadline_kind from assignment where directive_id = ? "
                + "and position = 2", directiveId)).containsEntry("DEADLINE", Date.valueOf(firstDue))
                .containsEntry("DEADLINE_KIND", "RECURRING_YEARLY");

        ProcessInstance unit = driver.unitWork(directive, "mttq-bao-yen");
        driver.complete("mttq", unit.getId(), "Task_AcknowledgeReceipt", Map.of("leadPerson", "Chủ tịch"));
        // the one-off assignment is a parallel task; the yearly one runs in its own instance
        assertThat(driver.as("mttq", () -> engine.getTaskService().createTaskQuery().processInstanceId(unit.getId())
                .taskDefinitionKey("Task_CarryOutAssignment").count())).isEqualTo(1);
        ProcessInstance rounds = runtimeService().createProcessInstanceQuery()
                .processDefinitionKey("periodic-assignment").variableValueEquals("recipientId",
                        runtimeService().getVariable(unit.getId(), "recipientId")).singleResult();
        // started by the message event drawn in unit-work, at the message start event of periodic-assignment
        assertThat(unit).hasPassed("Event_RecurringWorkStarted");
        assertThat(rounds).hasPassed("StartEvent_RoundsStarted");
        assertThat(rounds.getBusinessKey()).isEqualTo(unit.getBusinessKey() + " NV2");
        Task round = roundTask(rounds);
        assertThat(round.getDueDate()).isEqualTo(endOfDay(firstDue));
        assertThat(round.getName()).startsWith("Thực hiện và báo cáo kỳ — ");

        driver.complete("mttq", round, Map.of("resultNote", "Báo cáo năm thứ nhất"));
        Task nextRound = roundTask(rounds);
        assertThat(nextRound.getDueDate()).isEqualTo(endOfDay(firstDue.plusYears(1)));
        assertThat(count("select count(*) from assignment_round r join assignment a on a.id = r.assignment_id "
                + "where a.directive_id = ? and r.report = 'Báo cáo năm thứ nhất'", directiveId)).isEqualTo(1);

        // the unit reports its one-off work; the summary comes while the yearly rounds go on
        driver.complete("mttq", unit.getId(), "Task_CarryOutAssignment", Map.of("resultNote", "Đã tổ chức hội nghị"));
        driver.complete("mttq", unit.getId(), "Task_ReportResult",
                Map.of("reportContent", "Đã triển khai", "reportEvidence", "07-BC/MTTQ"));
        driver.complete("vanthu", unit.getId(), "Task_ReviewReport", Map.of("reviewDecision", "accept"));
        driver.complete("soanthao", directive.getId(), "Task_ReviewSummary", Map.of("summaryNote", "Tiếp tục theo dõi"));
        assertThat(directive).isWaitingAt("Task_EndTracking");
        assertThat(rounds).isActive();
        assertThat(jdbc.queryForObject("select status from directive where id = ?", String.class, directiveId))
                .isEqualTo("COMPLETED");

        // a round that passes its date is escalated like any assignment
        ClockUtil.setCurrentTime(java.util.Date.from(firstDue.plusYears(1).plusDays(1).atStartOfDay(ZONE)
                .toInstant()));
        driver.executeJobs();
        assertThat(rounds).hasPassed("Task_ReportRoundOverdue");

        driver.complete("soanthao", directive.getId(), "Task_EndTracking", Map.of("confirmEnd", true));
        assertThat(directive).isEnded().hasPassed("EndEvent_TrackingClosed");
        // the directive's message end event stopped the rounds through their event sub-process
        assertThat(rounds).isEnded().hasPassed("StartEvent_DirectiveClosed", "EndEvent_TrackingEnded");
        assertThat(jdbc.queryForObject("select status from directive where id = ?", String.class, directiveId))
                .isEqualTo("ARCHIVED");
    }

    @Test
    void aUnitWithOnlyRecurringWorkReportsWithoutADueDate() {
        ProcessInstance directive = drafted("Kế hoạch báo cáo định kỳ", List.of(Map.of("content",
                "Báo cáo kết quả thực hiện", "units", List.of("mttq-bao-yen"), "deadline", "trước ngày 30/3 hằng năm")));
        approved(directive);

        ProcessInstance unit = driver.unitWork(directive, "mttq-bao-yen");
        driver.complete("mttq", unit.getId(), "Task_AcknowledgeReceipt", Map.of("leadPerson", "Chủ tịch"));
        // no one-off assignment: the report comes at once, and its due date is declared empty (the task reads it)
        Task report = driver.task("mttq", unit.getId(), "Task_ReportResult");
        assertThat(report.getDueDate()).isNull();
        assertThat(runtimeService().getVariables(unit.getId())).containsKey("reportDueAt");
    }

    /** A Kế hoạch to the MTTQ with these assignments, drafted: it waits for the format check. */
    private ProcessInstance drafted(String subject, List<Map<String, Object>> assignments) {
        ProcessInstance directive = driver.start("ke-hoach", "soanthao", subject);
        Map<String, Object> draft = new LinkedHashMap<>(WorkflowDriver.draft(subject, List.of("mttq-bao-yen"),
                today().plusDays(30)));
        draft.put("purpose", "Theo dõi thường xuyên.");
        draft.put("assignments", assignments);
        driver.complete("soanthao", directive.getId(), "Task_DraftDirective", draft);
        return directive;
    }

    private void approved(ProcessInstance directive) {
        driver.complete("chanhvanphong", directive.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithu", directive.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        driver.executeJobs();
    }

    private Task roundTask(ProcessInstance rounds) {
        return driver.as("mttq", () -> engine.getTaskService().createTaskQuery().processInstanceId(rounds.getId())
                .taskDefinitionKey("Task_CarryOutRound").singleResult());
    }

    private static java.util.Date endOfDay(LocalDate day) {
        return java.util.Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant());
    }
}
