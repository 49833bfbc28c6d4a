package vn.dang.chidao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dang.chidao.directive.VietnameseDates;
import vn.dang.chidao.postgres.RestClientDriver;
import vn.dang.chidao.postgres.RestClientDriver.Reply;
import vn.dang.chidao.process.WorkflowDriver;

/**
 * Over the engine REST API, where a form's required flag does not reach: an assignment or a round submitted done
 * without its result is refused with 400 naming the field, and nothing is recorded. A round reported is shown on
 * the unit's report form with its period.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OwnEngine.class)
class AssignmentResultRestTest {

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

    @Test
    void doneWithoutResultIsRefusedAndNothingIsRecorded() throws Exception {
        ProcessInstance directive = yearlyPlan();
        ProcessInstance unit = driver.unitWork(directive, "mttq-bao-yen");
        driver.complete("mttq", unit.getId(), "Task_AcknowledgeReceipt", Map.of("leadPerson", "Chủ tịch"));
        String assignment = driver.task("mttq", unit.getId(), "Task_CarryOutAssignment").getId();
        String round = roundTask(unit).getId();

        for (Map<String, Object> submitted : List.<Map<String, Object>>of(
                Map.of("assignmentAction", "done", "resultNote", " \n "), Map.of("assignmentAction", "done"))) {
            expect(rest.submit("mttq", assignment, submitted),
                    "Chưa nhập Kết quả thực hiện: nhiệm vụ chỉ được ghi nhận hoàn thành khi có kết quả.");
        }
        expect(rest.submit("mttq", round, Map.of("resultNote", "")),
                "Chưa nhập Báo cáo kết quả thực hiện trong kỳ.");

        assertThat(engine.getTaskService().createTaskQuery().taskId(assignment).count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskId(round).count()).isEqualTo(1);
        long recipient = (Long) engine.getRuntimeService().getVariable(unit.getId(), "recipientId");
        assertThat(jdbc.queryForObject("select count(*) from assignment_unit au join recipient r "
                + "on r.unit_id = au.unit_id join assignment a on a.id = au.assignment_id "
                + "and a.directive_id = r.directive_id where r.id = ? and (au.completed_at is not null "
                + "or au.result_note is not null)", Integer.class, recipient)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from assignment_round ar join recipient r "
                + "on r.unit_id = ar.unit_id where r.id = ?", Integer.class, recipient)).isZero();
        assertThat(engine.getRuntimeService().getVariable(unit.getId(), "resultNote")).isNull();
        assertThat(engine.getTaskService().getVariable(assignment, "assignmentAction")).isNull();

        // with their results both go through; the report form shows the round with its period
        rest.complete("mttq", round, Map.of("resultNote", "Báo cáo năm thứ nhất"));
        rest.complete("mttq", assignment, Map.of("assignmentAction", "done", "resultNote", "Đã tổ chức hội nghị"));
        Task report = driver.task("mttq", unit.getId(), "Task_ReportResult");
        // what Tasklist reads for the form: a JSON variable's value comes as its text
        JsonNode value = new ObjectMapper().readTree(rest.get("mttq", "/task/" + report.getId()
                + "/form-variables?variableNames=myAssignments&deserializeValues=false")).path("myAssignments").path("value");
        JsonNode rows = value.isTextual() ? new ObjectMapper().readTree(value.asText()) : value;
        assertThat(rows.size()).as(rows.toString()).isEqualTo(2);
        String done = VietnameseDates.format(today);
        assertThat(rows.get(0).path("result").asText()).isEqualTo("Đã tổ chức hội nghị");
        assertThat(rows.get(0).path("completedOn").asText()).isEqualTo(done);
        assertThat(rows.get(0).path("status").asText()).isEqualTo("Hoàn thành đúng hạn");
        assertThat(rows.get(1).path("deadline").asText()).startsWith("trước ngày 30/3 hằng năm (kỳ ");
        assertThat(rows.get(1).path("result").asText()).isEqualTo("Báo cáo năm thứ nhất");
        assertThat(rows.get(1).path("completedOn").asText()).isEqualTo(done);
        assertThat(rows.get(1).path("status").asText()).isEqualTo("Hoàn thành đúng hạn");
    }

    /** A kế hoạch with a one-off assignment and a yearly one, approved and dispatched to Ủy ban MTTQ. */
    private ProcessInstance yearlyPlan() {
        String subject = "Kế hoạch báo cáo hằng năm " + System.nanoTime();
        ProcessInstance directive = driver.start("ke-hoach", "soanthao", subject);
        Map<String, Object> draft = new LinkedHashMap<>(WorkflowDriver.draft(subject, List.of("mttq-bao-yen"),
                today.plusDays(30)));
        draft.put("purpose", "Theo dõi thường xuyên.");
        draft.put("assignments", List.of(
                Map.of("content", "Tổ chức hội nghị triển khai", "units", List.of("mttq-bao-yen"),
                        "deadline", today.plusDays(20).toString()),
                Map.of("content", "Báo cáo kết quả thực hiện", "units", List.of("mttq-bao-yen"),
                        "deadline", "trước ngày 30/3 hằng năm")));
        driver.complete("soanthao", directive.getId(), "Task_DraftDirective", draft);
        driver.complete("chanhvanphong", directive.getId(), "Task_CheckFormat", Map.of("formatDecision", "pass"));
        driver.complete("phobithu", directive.getId(), "Task_ApproveDirective", Map.of("approvalDecision", "pass"));
        driver.executeJobs();
        return directive;
    }

    private Task roundTask(ProcessInstance unit) {
        ProcessInstance rounds = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("periodic-assignment").variableValueEquals("recipientId",
                        engine.getRuntimeService().getVariable(unit.getId(), "recipientId")).singleResult();
        return driver.task("mttq", rounds.getId(), "Task_CarryOutRound");
    }

    private static void expect(Reply reply, String message) throws Exception {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        JsonNode body = new ObjectMapper().readTree(reply.body());
        assertThat(body.path("message").asText()).contains(message);
    }
}
