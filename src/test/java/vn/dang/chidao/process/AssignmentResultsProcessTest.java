package vn.dang.chidao.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import vn.dang.chidao.directive.VietnameseDates;

/**
 * The report form and its review show each assignment's result, the day it was done and whether on time, against
 * the deadline in force (an extension's date); and no assignment is recorded done without its result.
 */
class AssignmentResultsProcessTest extends WorkflowTestBase {

    private static final String UNIT = "mttq-bao-yen";

    @Test
    void theReportAndItsReviewShowEachResultAgainstTheDeadlineInForce() {
        LocalDate first = today().plusDays(3);
        LocalDate extended = today().plusDays(30);
        LocalDate second = today().plusDays(8);
        LocalDate doneOn = today().plusDays(10);
        ProcessInstance unit = acknowledged(List.of(
                Map.of("content", "Tổ chức hội nghị quán triệt", "units", List.of(UNIT), "deadline", first.toString()),
                Map.of("content", "Báo cáo sơ kết", "units", List.of(UNIT), "deadline", second.toString())));
        driver.complete("mttq", assignment(unit, 1), Map.of("assignmentAction", "extend",
                "extensionDate", extended.toString(), "extensionReason", "Chờ hướng dẫn của tỉnh"));
        driver.complete("vanthu", unit.getId(), "Task_ReviewExtension", Map.of("extensionDecision", "approve"));

        // both done on the same day: after the first's original deadline but before its extended one, after the second's
        ClockUtil.setCurrentTime(Date.from(doneOn.atTime(9, 0).atZone(ZONE).toInstant()));
        driver.executeJobs();
        driver.complete("mttq", assignment(unit, 1), Map.of("assignmentAction", "done",
                "resultNote", "Đã tổ chức hội nghị, 120 đảng viên dự"));
        driver.complete("mttq", assignment(unit, 2), Map.of("assignmentAction", "done",
                "resultNote", "Đã gửi báo cáo sơ kết"));

        Task report = driver.task("mttq", unit.getId(), "Task_ReportResult");
        List<Map<String, Object>> expected = List.of(
                row(1, "Tổ chức hội nghị quán triệt", extended, "Đã tổ chức hội nghị, 120 đảng viên dự", doneOn,
                        "Hoàn thành đúng hạn"),
                row(2, "Báo cáo sơ kết", second, "Đã gửi báo cáo sơ kết", doneOn, "Hoàn thành quá hạn"));
        assertThat(rows(report)).isEqualTo(expected);
        assertThat(report.getDueDate()).isEqualTo(Date.from(extended.atTime(23, 59, 59).atZone(ZONE).toInstant()));

        int revision = tableRevision(unit);
        driver.complete("mttq", report, Map.of("reportContent", "Đã hoàn thành hai nhiệm vụ",
                "reportEvidence", "07-BC/MTTQ"));
        Task review = driver.task("vanthu", unit.getId(), "Task_ReviewReport");
        assertThat(rows(review)).isEqualTo(expected);
        assertThat(tableRevision(unit)).as("the report changed no row: the table is not written again")
                .isEqualTo(revision);

        driver.complete("vanthu", review, Map.of("reviewDecision", "return", "reviewComment", "Bổ sung số liệu"));
        assertThat(rows(driver.task("mttq", unit.getId(), "Task_ReportResult"))).isEqualTo(expected);
    }

    private int tableRevision(ProcessInstance unit) {
        return jdbc.queryForObject("select rev_ from act_ru_variable where name_ = 'myAssignments' "
                + "and proc_inst_id_ = ?", Integer.class, unit.getId());
    }

    @Test
    void anAssignmentIsNotDoneWithoutItsResult() {
        ProcessInstance unit = acknowledged(List.of(Map.of("content", "Tổ chức hội nghị quán triệt",
                "units", List.of(UNIT), "deadline", today().plusDays(10).toString())));
        Task task = assignment(unit, 1);
        for (Map<String, Object> submitted : List.<Map<String, Object>>of(
                Map.of("assignmentAction", "done", "resultNote", "   "),
                Map.of("assignmentAction", "done"),
                Map.of("resultNote", ""))) {
            assertThatThrownBy(() -> driver.complete("mttq", task, submitted))
                    .hasMessageContaining("Chưa nhập Kết quả thực hiện");
        }
        assertThat(unit).isWaitingAt("Task_CarryOutAssignment");
        assertThat(count("select count(*) from assignment_unit au join recipient r on r.unit_id = au.unit_id "
                + "join assignment a on a.id = au.assignment_id and a.directive_id = r.directive_id "
                + "where r.process_instance_id = ? and au.completed_at is not null", unit.getId())).isZero();
        // asking for more time needs no result
        driver.complete("mttq", task, Map.of("assignmentAction", "extend",
                "extensionDate", today().plusDays(20).toString(), "extensionReason", "Chờ tài liệu"));
        assertThat(unit).isWaitingAt("Task_ReviewExtension");
    }

    private static Map<String, Object> row(int position, String content, LocalDate deadline, String result,
                                           LocalDate completedOn, String status) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("position", position);
        row.put("content", content);
        row.put("deadline", VietnameseDates.format(deadline));
        row.put("result", result);
        row.put("completedOn", VietnameseDates.format(completedOn));
        row.put("status", status);
        return row;
    }

    /** The table as the task's form reads it. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(Task task) {
        return JsonVarTestSupport.list(engine.getTaskService().getVariable(task.getId(), "myAssignments")).stream()
                .map(row -> new LinkedHashMap<>((Map<String, Object>) row)).map(row -> (Map<String, Object>) row)
                .toList();
    }

    private ProcessInstance acknowledged(List<Map<String, Object>> assignments) {
        String subject = "V/v kết quả từng nhiệm vụ " + System.nanoTime();
        ProcessInstance directive = driver.startCongVan(subject);
        Map<String, Object> draft = new LinkedHashMap<>(WorkflowDriver.draft(subject, List.of(UNIT),
                today().plusDays(10)));
        draft.put("assignments", assignments);
        driver.complete("soanthao", directive.getId(), "Task_DraftDirective", draft);
        driver.complete("chanhvanphong", directive.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithu", directive.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        driver.executeJobs();
        ProcessInstance unit = driver.unitWork(directive, UNIT);
        driver.complete("mttq", unit.getId(), "Task_AcknowledgeReceipt", Map.of("leadPerson", "Chủ tịch"));
        return unit;
    }

    private Task assignment(ProcessInstance unit, int position) {
        return driver.as("mttq", () -> engine.getTaskService().createTaskQuery().processInstanceId(unit.getId())
                .taskDefinitionKey("Task_CarryOutAssignment").list()).stream()
                .filter(t -> t.getName().startsWith("Thực hiện nhiệm vụ số " + position + " "))
                .findFirst().orElseThrow(() -> new AssertionError("no open task for assignment " + position));
    }
}
