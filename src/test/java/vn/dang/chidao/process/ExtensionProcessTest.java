package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Gia hạn: asked before the deadline, approved (deadline and timers move) or refused (the unit is told why). */
class ExtensionProcessTest extends WorkflowTestBase {

    @Test
    void approvedExtensionMovesTheDeadlineAndTheTimersAndKeepsTheOldDate() {
        LocalDate deadline = today().plusDays(10);
        LocalDate extended = deadline.plusDays(20);
        ProcessInstance unit = acknowledged(deadline);
        Task task = firstAssignment(unit);

        driver.complete("mttq", task, Map.of("assignmentAction", "extend", "extensionDate", extended.toString(),
                "extensionReason", "Chờ hướng dẫn của Ủy ban MTTQ tỉnh"));
        assertThat(unit).isWaitingAt("Task_ReviewExtension").isNotWaitingAt("Task_CarryOutAssignment");
        // the unit sees its request waiting, read-only: it can neither take nor decide it; other units do not see it
        Task review = driver.task("mttq", unit.getId(), "Task_ReviewExtension");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.asUser("mttq",
                () -> engine.getTaskService().claim(review.getId(), "mttq")))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> driver.complete("mttq", review,
                Map.of("extensionDecision", "approve"))).isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThat(driver.as("tuyengiao", () -> engine.getTaskService().createTaskQuery().taskId(review.getId())
                .count())).isZero();
        driver.complete("vanthu", unit.getId(), "Task_ReviewExtension", Map.of("extensionDecision", "approve"));
        assertThat(count("select count(*) from act_ru_authorization where resource_id_ = ?", review.getId()))
                .as("the task's grants go with it").isZero();

        Task again = firstAssignment(unit);
        assertThat(again.getDueDate()).isEqualTo(java.util.Date.from(extended.atTime(LocalTime.of(23, 59, 59))
                .atZone(ZONE).toInstant()));
        assertThat(engine.getTaskService().getVariable(again.getId(), "extensionNote"))
                .isEqualTo("Văn phòng đồng ý gia hạn đến ngày " + vn.dang.chidao.directive.VietnameseDates
                        .format(extended) + ".");
        long recipient = (Long) runtimeService().getVariable(unit.getId(), "recipientId");
        assertThat(jdbc.queryForMap("select er.old_deadline, er.requested_deadline, er.decision, er.decided_by "
                + "from extension_request er join assignment a on a.id = er.assignment_id join recipient r "
                + "on r.directive_id = a.directive_id and r.unit_id = er.unit_id where r.id = ?", recipient))
                .containsEntry("OLD_DEADLINE", Date.valueOf(deadline))
                .containsEntry("REQUESTED_DEADLINE", Date.valueOf(extended))
                .containsEntry("DECISION", "APPROVED").containsEntry("DECIDED_BY", "vanthu");

        // the old deadline passing no longer escalates; the new one does
        ClockUtil.setCurrentTime(java.util.Date.from(deadline.plusDays(1).atStartOfDay(ZONE).toInstant()));
        driver.executeJobs();
        assertThat(unit).hasNotPassed("Task_ReportOverdue");
        ClockUtil.setCurrentTime(java.util.Date.from(extended.plusDays(1).atStartOfDay(ZONE).toInstant()));
        driver.executeJobs();
        assertThat(unit).hasPassed("Task_ReportOverdue");
    }

    @Test
    void completionBeforeTheExtendedDeadlineIsOnTime() {
        LocalDate deadline = today().plusDays(3);
        ProcessInstance unit = acknowledged(deadline);
        driver.complete("mttq", firstAssignment(unit), Map.of("assignmentAction", "extend",
                "extensionDate", deadline.plusDays(30).toString(), "extensionReason", "Mưa lũ, chưa tổ chức được"));
        driver.complete("vanthu", unit.getId(), "Task_ReviewExtension", Map.of("extensionDecision", "approve"));

        // done after the original deadline, before the extended one
        ClockUtil.setCurrentTime(java.util.Date.from(deadline.plusDays(10).atTime(9, 0).atZone(ZONE).toInstant()));
        driver.executeJobs();
        for (Task t : driver.as("mttq", () -> engine.getTaskService().createTaskQuery()
                .processInstanceId(unit.getId()).taskDefinitionKey("Task_CarryOutAssignment").list())) {
            driver.complete("mttq", t, Map.of("assignmentAction", "done", "resultNote", "Đã tổ chức"));
        }
        // one deadline in force everywhere: the report is due with the extended assignment, its form shows it
        Task report = driver.task("mttq", unit.getId(), "Task_ReportResult");
        assertThat(report.getDueDate()).isEqualTo(java.util.Date.from(deadline.plusDays(30)
                .atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant()));
        assertThat(JsonVarTestSupport.list(engine.getTaskService().getVariable(report.getId(), "myAssignments")))
                .anySatisfy(row -> assertThat(((Map<?, ?>) row).get("deadline"))
                        .isEqualTo(vn.dang.chidao.directive.VietnameseDates.format(deadline.plusDays(30))));
        driver.complete("mttq", unit.getId(), "Task_ReportResult",
                Map.of("reportContent", "Đã hoàn thành", "reportEvidence", "05-BC/MTTQ"));
        driver.complete("vanthu", unit.getId(), "Task_ReviewReport", Map.of("reviewDecision", "accept"));

        ProcessInstance directive = runtimeService().createProcessInstanceQuery()
                .processInstanceId(jdbc.queryForObject("select d.process_instance_id from directive d join recipient r "
                        + "on r.directive_id = d.id where r.process_instance_id = ?", String.class, unit.getId()))
                .singleResult();
        List<Object> statuses = JsonVarTestSupport.list(runtimeService().getVariable(
                driver.called(directive, "directive-summary").getId(), "unitStatuses"));
        assertThat(statuses).singleElement().extracting(r -> ((Map<?, ?>) r).get("status"))
                .isEqualTo("Hoàn thành đúng hạn");
    }

    @Test
    void refusedExtensionKeepsTheDeadlineAndTellsTheUnitWhy() {
        LocalDate deadline = today().plusDays(10);
        ProcessInstance unit = acknowledged(deadline);
        driver.complete("mttq", firstAssignment(unit), Map.of("assignmentAction", "extend",
                "extensionDate", deadline.plusDays(5).toString(), "extensionReason", "Thiếu cán bộ"));
        assertThatThrownBy(() -> driver.complete("vanthu", unit.getId(), "Task_ReviewExtension",
                Map.of("extensionDecision", "refuse"))).hasMessageContaining("Vui lòng nêu lý do không đồng ý gia hạn.");
        driver.complete("vanthu", unit.getId(), "Task_ReviewExtension",
                Map.of("extensionDecision", "refuse", "extensionComment", "Nhiệm vụ cấp bách, không lùi được"));

        Task again = firstAssignment(unit);
        assertThat(again.getDueDate()).isEqualTo(java.util.Date.from(deadline.atTime(LocalTime.of(23, 59, 59))
                .atZone(ZONE).toInstant()));
        assertThat(engine.getTaskService().getVariable(again.getId(), "extensionNote").toString())
                .contains("không đồng ý gia hạn").contains("Nhiệm vụ cấp bách, không lùi được");
        assertThat(count("select count(*) from extension_request er join assignment a on a.id = er.assignment_id "
                + "join recipient r on r.directive_id = a.directive_id where r.process_instance_id = ? "
                + "and er.decision = 'REFUSED' and er.reason = 'Thiếu cán bộ'", unit.getId())).isEqualTo(1);
    }

    @Test
    void anExtensionCannotBeAskedAfterTheDeadlineNorForAnEarlierDate() {
        LocalDate deadline = today().plusDays(4);
        ProcessInstance unit = acknowledged(deadline);
        assertThatThrownBy(() -> driver.complete("mttq", firstAssignment(unit), Map.of("assignmentAction", "extend",
                "extensionDate", deadline.minusDays(1).toString(), "extensionReason", "Lý do")))
                .hasMessageContaining("Thời hạn đề nghị phải sau thời hạn hiện tại");

        ClockUtil.setCurrentTime(java.util.Date.from(deadline.plusDays(1).atTime(10, 0).atZone(ZONE).toInstant()));
        assertThatThrownBy(() -> driver.complete("mttq", firstAssignment(unit), Map.of("assignmentAction", "extend",
                "extensionDate", deadline.plusDays(9).toString(), "extensionReason", "Lý do")))
                .hasMessageContaining("chỉ được xin gia hạn trước khi đến hạn");
        assertThat(count("select count(*) from extension_request er join assignment a on a.id = er.assignment_id "
                + "join recipient r on r.directive_id = a.directive_id where r.process_instance_id = ?", unit.getId()))
                .isZero();
    }

    /** A directive with one assignment for one unit, received and acknowledged. */
    private ProcessInstance acknowledged(LocalDate deadline) {
        String subject = "V/v gia hạn " + deadline;
        ProcessInstance directive = driver.startCongVan(subject);
        Map<String, Object> draft = new java.util.LinkedHashMap<>(WorkflowDriver.draft(subject,
                List.of("mttq-bao-yen"), deadline));
        draft.put("assignments", List.of(Map.of("content", "Tổ chức hội nghị quán triệt",
                "units", List.of("mttq-bao-yen"), "deadline", deadline.toString())));
        driver.complete("soanthao", directive.getId(), "Task_DraftDirective", draft);
        driver.complete("chanhvanphong", directive.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithu", directive.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        driver.executeJobs();
        ProcessInstance unit = driver.unitWork(directive, "mttq-bao-yen");
        driver.complete("mttq", unit.getId(), "Task_AcknowledgeReceipt", Map.of("leadPerson", "Phó Chủ tịch"));
        return unit;
    }

    private Task firstAssignment(ProcessInstance unit) {
        return driver.as("mttq", () -> engine.getTaskService().createTaskQuery().processInstanceId(unit.getId())
                .taskDefinitionKey("Task_CarryOutAssignment").orderByDueDate().asc().list().get(0));
    }
}
