package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** One test per path of a unit's work: report returned, reminder before the deadline, escalation after. */
class UnitWorkProcessTest extends WorkflowTestBase {

    @Test
    void returnedReportGoesBackToTheUnitWithTheComment() {
        ProcessInstance directive = driver.approvedDirective("V/v báo cáo bị trả lại", List.of("mttq-bao-yen"),
                today().plusDays(15));
        ProcessInstance unit = driver.unitWork(directive, "mttq-bao-yen");
        driver.unitDoesItsWork("mttq", unit);
        driver.complete("chanhvanphong", unit.getId(), "Task_ReviewReport",
                Map.of("reviewDecision", "return", "reviewComment", "Thiếu số liệu đảng viên tham gia"));

        assertThat(unit).isWaitingAt("Task_ReportResult").task().hasCandidateGroup("mttq-bao-yen")
                .hasDueDate(at(today().plusDays(20), 23, 59, 59));
        assertThat(runtimeService().getVariable(unit.getId(), "reportReturnComment"))
                .isEqualTo("Thiếu số liệu đảng viên tham gia");
        assertThat(driver.task("mttq", unit.getId(), "Task_ReportResult").getName())
                .startsWith("Báo cáo kết quả (bị trả lại) — ");
        long recipient = (Long) runtimeService().getVariable(unit.getId(), "recipientId");
        assertThat(jdbc.queryForObject("select status from recipient where id = ?", String.class, recipient))
                .isEqualTo("RETURNED");

        driver.complete("mttq", unit.getId(), "Task_ReportResult",
                Map.of("reportContent", "Bổ sung: 245/250 đảng viên tham gia.", "reportEvidence", "16-BC/MTTQ"));
        assertThat(unit).isWaitingAt("Task_ReviewReport");
        assertThat(runtimeService().getVariable(unit.getId(), "reviewDecision")).isNull();
        driver.complete("chanhvanphong", unit.getId(), "Task_ReviewReport", Map.of("reviewDecision", "accept"));
        assertThat(unit).isEnded();
        assertThat(count("select count(*) from report where recipient_id = ?", recipient)).isEqualTo(2);
        assertThat(directive).isWaitingAt("CallActivity_Summary");
    }

    private static final String RESULT_NOTES = "select au.result_note from assignment_unit au join assignment a on "
            + "a.id = au.assignment_id join recipient r on r.unit_id = au.unit_id and r.directive_id = a.directive_id "
            + "where r.id = ? order by a.position";

    /**
     * Two parallel assignments of one unit keep apart what each submitted: the second task's form does not show
     * the first one's result, and each is recorded with its own. A unit with one assignment has nothing to keep
     * apart, and its instance gets no placeholders for them (PrepareAssignment): the result is still recorded.
     */
    @Test
    void parallelAssignmentsKeepWhatEachSubmitted() {
        ProcessInstance directive = driver.approvedDirective("V/v hai nhiệm vụ song song",
                List.of("btg-bao-yen", "mttq-bao-yen"), today().plusDays(15));
        ProcessInstance two = driver.unitWork(directive, "btg-bao-yen");
        driver.complete("tuyengiao", two.getId(), "Task_AcknowledgeReceipt", Map.of("leadPerson", "Trưởng ban"));
        List<Task> tasks = taskService().createTaskQuery().processInstanceId(two.getId())
                .taskDefinitionKey("Task_CarryOutAssignment").orderByDueDate().asc().list();
        assertThat(tasks).hasSize(2);
        driver.complete("tuyengiao", tasks.get(0), Map.of("assignmentAction", "done", "resultNote", "Kết quả một"));
        // what Tasklist's form of the other task reads
        assertThat(taskService().getVariables(tasks.get(1).getId())).containsEntry("resultNote", null);
        assertThat(runtimeService().getVariable(two.getId(), "resultNote")).isNull();
        driver.complete("tuyengiao", tasks.get(1), Map.of("assignmentAction", "done", "resultNote", "Kết quả hai"));
        long twoRecipient = (Long) runtimeService().getVariable(two.getId(), "recipientId");
        assertThat(jdbc.queryForList(RESULT_NOTES, String.class, twoRecipient))
                .containsExactly("Kết quả một", "Kết quả hai");

        ProcessInstance one = driver.unitWork(directive, "mttq-bao-yen");
        driver.complete("mttq", one.getId(), "Task_AcknowledgeReceipt", Map.of("leadPerson", "Chủ tịch"));
        Task only = taskService().createTaskQuery().processInstanceId(one.getId())
                .taskDefinitionKey("Task_CarryOutAssignment").singleResult();
        Set<String> names = new HashSet<>();
        runtimeService().createExecutionQuery().processInstanceId(one.getId()).list()
                .forEach(x -> names.addAll(runtimeService().getVariablesLocal(x.getId()).keySet()));
        assertThat(names).doesNotContain("resultNote", "extensionReason", "extensionDecision")
                .contains("assignmentAction", "assignmentDeadline");
        driver.complete("mttq", only, Map.of("assignmentAction", "done", "resultNote", "Kết quả duy nhất"));
        assertThat(one).isWaitingAt("Task_ReportResult");
        long oneRecipient = (Long) runtimeService().getVariable(one.getId(), "recipientId");
        assertThat(jdbc.queryForList(RESULT_NOTES, String.class, oneRecipient)).containsExactly("Kết quả duy nhất");
    }

    @Test
    void reminderFiresBeforeTheDeadlineAndLeavesTheTaskOpen() {
        LocalDate deadline = today().plusDays(10);
        ProcessInstance directive = driver.approvedDirective("V/v nhắc hạn", List.of("btg-bao-yen"), deadline);
        ProcessInstance unit = driver.unitWork(directive, "btg-bao-yen");
        driver.complete("tuyengiao", unit.getId(), "Task_AcknowledgeReceipt", Map.of("leadPerson", "Trưởng ban"));

        List<Task> tasks = taskService().createTaskQuery().processInstanceId(unit.getId())
                .taskDefinitionKey("Task_CarryOutAssignment").orderByDueDate().asc().list();
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).getDueDate()).isEqualTo(at(deadline, 23, 59, 59));
        assertThat(tasks.get(0).getName()).startsWith("Thực hiện nhiệm vụ số 1 — ");

        // one day before the reminder (3 days ahead at 08:00) nothing happens
        ClockUtil.setCurrentTime(at(deadline.minusDays(4), 9, 0, 0));
        assertThat(driver.executeJobs()).isZero();
        ClockUtil.setCurrentTime(at(deadline.minusDays(3), 8, 0, 1));
        assertThat(driver.executeJobs()).isEqualTo(1);

        assertThat(unit).hasPassed("Task_SendReminder").isWaitingAt("Task_CarryOutAssignment");
        long directiveId = directiveId(directive.getId());
        assertThat(count("select count(*) from notification where directive_id = ? and kind = 'REMINDER'",
                directiveId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select subject from notification where directive_id = ? and kind = 'REMINDER'",
                String.class, directiveId)).startsWith("Nhắc hạn: nhiệm vụ 1 của văn bản");
        assertThat(count("select count(*) from assignment_unit au join assignment a on a.id = au.assignment_id "
                + "where a.directive_id = ? and au.reminded_at is not null", directiveId)).isEqualTo(1);
    }

    @Test
    void passedDeadlineEscalatesToTheIssuingOfficeAndCountsAsLate() {
        LocalDate deadline = today().plusDays(2);
        ProcessInstance directive = driver.approvedDirective("V/v quá hạn", List.of("mttq-bao-yen"), deadline);
        ProcessInstance unit = driver.unitWork(directive, "mttq-bao-yen");
        driver.complete("mttq", unit.getId(), "Task_AcknowledgeReceipt", Map.of("leadPerson", "Phó Chủ tịch"));
        driver.executeJobs(); // the reminder is already due: the deadline is within 3 days

        ClockUtil.setCurrentTime(at(deadline.plusDays(1), 0, 0, 1));
        driver.executeJobs();
        assertThat(unit).hasPassed("Task_ReportOverdue").isWaitingAt("Task_CarryOutAssignment");
        long directiveId = directiveId(directive.getId());
        assertThat(jdbc.queryForMap("select address, subject from notification where directive_id = ? "
                + "and kind = 'OVERDUE'", directiveId))
                .containsEntry("ADDRESS", "vanphong@hubaoyen.dcs.vn");
        List<Task> overdue = driver.as("mttq", () -> taskService().createTaskQuery()
                .processInstanceId(unit.getId()).dueBefore(ClockUtil.getCurrentTime()).list());
        assertThat(overdue).hasSize(1);

        // a retried or repeated timer never queues a second escalation
        driver.executeJobs();
        assertThat(count("select count(*) from notification where directive_id = ? and kind = 'OVERDUE'",
                directiveId)).isEqualTo(1);

        for (Task t : driver.as("mttq", () -> taskService().createTaskQuery().processInstanceId(unit.getId())
                .taskDefinitionKey("Task_CarryOutAssignment").list())) {
            driver.complete("mttq", t, Map.of("resultNote", "Hoàn thành muộn"));
        }
        driver.complete("mttq", unit.getId(), "Task_ReportResult",
                Map.of("reportContent", "Đã thực hiện", "reportEvidence", "02-BC/MTTQ"));
        driver.complete("vanthu", unit.getId(), "Task_ReviewReport", Map.of("reviewDecision", "accept"));
        assertThat(directive).isWaitingAt("CallActivity_Summary");
        List<Object> statuses = JsonVarTestSupport.list(runtimeService().getVariable(
                driver.called(directive, "directive-summary").getId(), "unitStatuses"));
        assertThat(statuses).singleElement().extracting(r -> ((Map<?, ?>) r).get("status"))
                .isEqualTo("Hoàn thành quá hạn");
    }

    private static Date at(LocalDate day, int hour, int minute, int second) {
        return Date.from(LocalDateTime.of(day, java.time.LocalTime.of(hour, minute, second)).atZone(ZONE).toInstant());
    }
}
