package vn.dang.chidao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.dang.chidao.postgres.RestClientDriver;
import vn.dang.chidao.postgres.RestClientDriver.Reply;
import vn.dang.chidao.process.WorkflowDriver;

/**
 * Bad input over REST, as a script or a stale form would send it: every call gets the right status and a
 * Vietnamese message, and leaves no directive row and no process instance behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OwnEngine.class)
class BadInputRestTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    private RestClientDriver rest;
    private WorkflowDriver driver;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @BeforeEach
    void clients() {
        rest = new RestClientDriver(port);
        driver = new WorkflowDriver(engine);
    }

    // ---- the draft

    @Test
    void malformedJson() {
        String task = draftTask();
        Reply r = rest.callRaw("soanthao", "POST", "/task/" + task + "/submit-form", "{\"variables\": {\"subject\": ");
        expect(r, 400, "Dữ liệu gửi lên không đúng định dạng JSON.");
        assertNothingStored(task);
    }

    @Test
    void emptySubject() {
        refusedDraft(d -> d.put("subject", ""), "Trích yếu không được để trống.");
    }

    @Test
    void noRecipientUnit() {
        refusedDraft(d -> d.put("recipients", List.of()), "Chưa chọn đơn vị Kính gửi nào.");
    }

    @Test
    void recipientsOfTheWrongType() {
        refusedDraft(d -> d.put("recipients", 42), "Dữ liệu \"Kính gửi\" không đúng định dạng.");
    }

    @Test
    void assignmentsOfTheWrongType() {
        refusedDraft(d -> d.put("assignments", Map.of("content", "không phải danh sách")),
                "Dữ liệu \"Nhiệm vụ\" không đúng định dạng.");
    }

    @Test
    void deadlineInThePast() {
        refusedDraft(d -> d.put("assignments", List.of(assignment("mttq-bao-yen", "01/01/2020"))),
                "Nhiệm vụ 1: thời hạn 01/01/2020 đã qua");
    }

    /** The refusal names the field, so that the form can show the message under it. */
    @Test
    void refusalsNameTheirFields() {
        String task = draftTask();
        Map<String, Object> draft = new LinkedHashMap<>(WorkflowDriver.draft("V/v kiểm tra", List.of("mttq-bao-yen"),
                today.plusDays(10)));
        draft.put("subject", " ");
        draft.put("assignments", List.of(assignment("mttq-bao-yen", "10/10/2030"), assignment("mttq-bao-yen",
                "01/01/2020")));
        Reply reply = rest.submit("soanthao", task, draft);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        var fields = fields(reply);
        assertThat(fields).containsEntry("subject", "Trích yếu không được để trống.");
        assertThat(fields.get("assignments[1].deadline")).startsWith("Nhiệm vụ 2: thời hạn 01/01/2020 đã qua");
        assertThat(fields).doesNotContainKey("assignments[0].deadline");
        assertNothingStored(task);

        ProcessInstance pi = drafted();
        assertThat(fields(rest.submit("chanhvanphong", taskOf(pi, "Task_CheckFormat", "chanhvanphong"),
                Map.of("formatDecision", "return")))).containsOnlyKeys("formatComment");
        // a field the form does not have concerns no field of the form: a general problem
        assertThat(fields(rest.submit("chanhvanphong", taskOf(pi, "Task_CheckFormat", "chanhvanphong"),
                Map.of("formatDecision", "pass", "signer", "chanhvanphong")))).containsOnlyKeys("signer");
    }

    private static Map<String, String> fields(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(reply.body()).get("fields")
                    .forEach(f -> fields.put(f.get("field").asText(), f.get("message").asText()));
        } catch (java.io.IOException e) {
            throw new AssertionError(reply.body(), e);
        }
        return fields;
    }

    @Test
    void unparseableDeadline() {
        refusedDraft(d -> d.put("assignments", List.of(assignment("mttq-bao-yen", "khi nào xong"))),
                "Không hiểu thời hạn \"khi nào xong\"");
    }

    @Test
    void unknownUnit() {
        refusedDraft(d -> d.put("recipients", List.of("mttq-bao-yen", "don-vi-ma")),
                "Đơn vị Kính gửi \"don-vi-ma\" không có trong danh mục đơn vị.");
    }

    @Test
    void duplicateUnit() {
        refusedDraft(d -> d.put("recipients", List.of("mttq-bao-yen", "mttq-bao-yen")),
                "được chọn hai lần trong Kính gửi");
    }

    @Test
    void oneMegabyteBody() {
        refusedDraft(d -> d.put("body", "Nội dung rất dài. ".repeat(60_000)), "Nội dung dài quá 100000 ký tự.");
    }

    @Test
    void controlCharacters() {
        refusedDraft(d -> d.put("subject", "V/v thử\u0007chuông"), "Trích yếu chứa ký tự điều khiển không hợp lệ.");
    }

    @Test
    void invalidUnicode() {
        String task = draftTask();
        String body = "{\"variables\": {\"subject\": {\"value\": \"V/v \\ud800 hỏng\"}}}";
        expect(rest.callRaw("soanthao", "POST", "/task/" + task + "/submit-form", body), 400,
                "Trích yếu chứa ký tự Unicode không hợp lệ.");
        assertNothingStored(task);
    }

    @Test
    void reminderDaysNotANumber() {
        refusedDraft(d -> d.put("reminderDays", "ba ngày"), "Số ngày nhắc trước hạn \"ba ngày\" không phải là số.");
    }

    @Test
    void signerWithoutAuthority() {
        refusedDraft(d -> d.put("signer", "mttq"), "không có thẩm quyền ký văn bản của cơ quan này");
    }

    @Test
    void valueOfTheWrongEngineType() {
        String task = draftTask();
        Reply r = rest.call("soanthao", "POST", "/task/" + task + "/submit-form",
                Map.of("variables", Map.of("reminderDays", Map.of("value", "không", "type", "Integer"))));
        expect(r, 400, "Giá trị gửi lên không đúng kiểu dữ liệu.");
        assertNothingStored(task);
    }

    @Test
    void unknownProcess() {
        expect(rest.call("soanthao", "POST", "/process-definition/key/khong-co/submit-form", Map.of()), 404,
                "Không tìm thấy quy trình.");
    }

    // ---- reviews

    @Test
    void unknownFormatDecision() {
        ProcessInstance pi = drafted();
        expect(rest.submit("chanhvanphong", taskOf(pi, "Task_CheckFormat", "chanhvanphong"),
                Map.of("formatDecision", "có lẽ")), 400, "Chưa chọn quyết định");
    }

    @Test
    void returnWithoutComment() {
        ProcessInstance pi = drafted();
        expect(rest.submit("chanhvanphong", taskOf(pi, "Task_CheckFormat", "chanhvanphong"),
                Map.of("formatDecision", "return")), 400, "Vui lòng ghi ý kiến khi trả lại hoặc không duyệt văn bản.");
        assertThat(jdbc.queryForObject("select count(*) from review_log r join directive d on d.id = r.directive_id "
                + "where d.process_instance_id = ?", Integer.class, pi.getId())).isZero();
    }

    // ---- a unit's work

    @Test
    void acknowledgementWithoutLead() {
        ProcessInstance unit = unitWork();
        expect(rest.submit("mttq", taskOf(unit, "Task_AcknowledgeReceipt", "mttq"), Map.of("leadPerson", " ")),
                400, "Chưa ghi người (bộ phận) chủ trì thực hiện.");
        assertStatus(unit, "DISPATCHED");
    }

    @Test
    void cascadeByAUnitThatCannotIssue() {
        ProcessInstance unit = unitWork();
        expect(rest.submit("mttq", taskOf(unit, "Task_AcknowledgeReceipt", "mttq"), Map.of("leadPerson", "Chủ tịch",
                "implementationMode", "cascade", "childType", "KH")), 400,
                "chưa được khai báo là cơ quan ban hành văn bản");
        assertStatus(unit, "DISPATCHED");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(unit.getId())
                .count()).isZero();
    }

    @Test
    void emptyReport() {
        ProcessInstance unit = acknowledgedAndDone();
        expect(rest.submit("mttq", taskOf(unit, "Task_ReportResult", "mttq"),
                Map.of("reportContent", "", "reportEvidence", "")), 400, "Chưa nhập nội dung báo cáo kết quả.");
        assertThat(jdbc.queryForObject("select count(*) from report r join recipient rc on rc.id = r.recipient_id "
                + "where rc.process_instance_id = ?", Integer.class, unit.getId())).isZero();
    }

    @Test
    void reportReturnedWithoutReason() {
        ProcessInstance unit = acknowledgedAndDone();
        rest.complete("mttq", taskOf(unit, "Task_ReportResult", "mttq"),
                Map.of("reportContent", "Xong", "reportEvidence", "01-BC"));
        expect(rest.submit("vanthu", taskOf(unit, "Task_ReviewReport", "vanthu"), Map.of("reviewDecision", "return")),
                400, "Vui lòng ghi lý do khi trả lại báo cáo.");
    }

    @Test
    void taskCompletedTwice() {
        ProcessInstance unit = unitWork();
        String task = taskOf(unit, "Task_AcknowledgeReceipt", "mttq");
        rest.complete("mttq", task, Map.of("leadPerson", "Chủ tịch"));
        expect(rest.submit("mttq", task, Map.of("leadPerson", "Chủ tịch")), 404, "Không tìm thấy công việc");
        assertThat(jdbc.queryForObject("select count(*) from recipient where process_instance_id = ? "
                + "and status = 'ACKNOWLEDGED'", Integer.class, unit.getId())).isEqualTo(1);
    }

    @Test
    void anotherUnitsAssignment() {
        ProcessInstance directive = driver.approvedDirective("V/v nhiệm vụ của đơn vị khác",
                List.of("mttq-bao-yen", "btg-bao-yen"), today.plusDays(10));
        ProcessInstance btg = driver.unitWork(directive, "btg-bao-yen");
        driver.complete("tuyengiao", btg.getId(), "Task_AcknowledgeReceipt", Map.of("leadPerson", "Trưởng ban"));
        String btgAssignment = engine.getTaskService().createTaskQuery().processInstanceId(btg.getId())
                .taskDefinitionKey("Task_CarryOutAssignment").list().get(0).getId();
        expect(rest.submit("mttq", btgAssignment, Map.of("resultNote", "Báo cáo hộ")), 403,
                "Đồng chí không có quyền thực hiện thao tác này.");
        assertThat(jdbc.queryForObject("select count(*) from assignment_unit au join recipient r on r.unit_id = au.unit_id "
                + "where r.process_instance_id = ? and au.completed_at is not null", Integer.class, btg.getId())).isZero();
    }

    @Test
    void extensionToAnEarlierDate() {
        ProcessInstance unit = acknowledged();
        String task = engine.getTaskService().createTaskQuery().processInstanceId(unit.getId())
                .taskDefinitionKey("Task_CarryOutAssignment").list().get(0).getId();
        expect(rest.submit("mttq", task, Map.of("assignmentAction", "extend", "extensionReason", "Lý do",
                "extensionDate", today.toString())), 400, "Thời hạn đề nghị phải sau thời hạn hiện tại");
        expect(rest.submit("mttq", task, Map.of("assignmentAction", "extend", "extensionReason", "Lý do",
                "extensionDate", "mai")), 400, "Thời hạn đề nghị \"mai\" không phải là ngày hợp lệ.");
        expect(rest.submit("mttq", task, Map.of("assignmentAction", "extend", "extensionReason", "",
                "extensionDate", today.plusDays(60).toString())), 400, "Vui lòng nêu lý do xin gia hạn.");
    }

    @Test
    void unknownTask() {
        expect(rest.submit("mttq", "khong-co-cong-viec-nay", Map.of("leadPerson", "x")), 404,
                "Không tìm thấy công việc");
    }

    // ---- helpers

    private void refusedDraft(java.util.function.Consumer<Map<String, Object>> spoil, String message) {
        String task = draftTask();
        Map<String, Object> draft = new LinkedHashMap<>(WorkflowDriver.draft("V/v kiểm tra", List.of("mttq-bao-yen"),
                today.plusDays(10)));
        spoil.accept(draft);
        expect(rest.submit("soanthao", task, draft), 400, message);
        assertNothingStored(task);
    }

    private static Map<String, Object> assignment(String unit, String deadline) {
        return Map.of("content", "Việc", "units", List.of(unit), "deadline", deadline);
    }

    private void expect(Reply reply, int status, String message) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        try {
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(reply.body()).get("message")
                    .asText()).contains(message);
        } catch (java.io.IOException e) {
            throw new AssertionError(reply.body(), e);
        }
    }

    private String draftTask() {
        String pi = rest.startCongVan("soanthao", "V/v kiểm tra dữ liệu");
        return rest.singleTask("soanthao", pi, "Task_DraftDirective");
    }

    /** The draft task is still open and no directive, recipient or unit instance was written. */
    private void assertNothingStored(String draftTask) {
        String pi = engine.getRuntimeService().getVariable(
                engine.getTaskService().createTaskQuery().taskId(draftTask).singleResult().getExecutionId(),
                "directiveProcessInstanceId").toString();
        assertThat(jdbc.queryForObject("select count(*) from directive where process_instance_id = ?", Integer.class,
                pi)).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("unit-work")
                .variableValueEquals("directiveProcessInstanceId", pi).count()).isZero();
    }

    private ProcessInstance drafted() {
        ProcessInstance pi = driver.startCongVan("V/v duyệt");
        driver.complete("soanthao", pi.getId(), "Task_DraftDirective",
                WorkflowDriver.draft("V/v duyệt", List.of("mttq-bao-yen"), today.plusDays(10)));
        return pi;
    }

    private ProcessInstance unitWork() {
        return driver.unitWork(driver.approvedDirective("V/v đơn vị", List.of("mttq-bao-yen"), today.plusDays(10)),
                "mttq-bao-yen");
    }

    private ProcessInstance acknowledged() {
        ProcessInstance unit = unitWork();
        driver.complete("mttq", unit.getId(), "Task_AcknowledgeReceipt", Map.of("leadPerson", "Chủ tịch"));
        return unit;
    }

    private ProcessInstance acknowledgedAndDone() {
        ProcessInstance unit = acknowledged();
        for (var t : engine.getTaskService().createTaskQuery().processInstanceId(unit.getId())
                .taskDefinitionKey("Task_CarryOutAssignment").list()) {
            driver.complete("mttq", t, Map.of("resultNote", "Xong"));
        }
        return unit;
    }

    private String taskOf(ProcessInstance pi, String key, String user) {
        return driver.task(user, pi.getId(), key).getId();
    }

    private void assertStatus(ProcessInstance unit, String status) {
        assertThat(jdbc.queryForObject("select status from recipient where process_instance_id = ?", String.class,
                unit.getId())).isEqualTo(status);
    }
}
