package vn.dang.chidao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.springframework.test.context.ActiveProfiles;

import vn.dang.chidao.postgres.RestClientDriver;
import vn.dang.chidao.process.WorkflowDriver;

/**
 * A unit's users see and touch only their unit's work, through the REST API as in Tasklist: unit A
 * (Ủy ban MTTQ) tries to read, claim, complete and query unit B's (Ban Tuyên giáo) tasks, variables and
 * directive data, and gets nothing or 403. Anonymous callers get 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OwnEngine.class)
class UnitIsolationTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    private RestClientDriver rest;
    private WorkflowDriver driver;
    private ProcessInstance directive;
    private Task unitBTask;
    private ProcessInstance unitBWork;

    @BeforeEach
    void twoUnitsReceiveADirective() {
        rest = new RestClientDriver(port);
        driver = new WorkflowDriver(engine);
        directive = driver.approvedDirective("V/v tài liệu nội bộ", List.of("mttq-bao-yen", "btg-bao-yen"),
                java.time.LocalDate.now().plusDays(20));
        unitBWork = driver.unitWork(directive, "btg-bao-yen");
        unitBTask = engine.getTaskService().createTaskQuery().processInstanceId(unitBWork.getId()).singleResult();
    }

    @Test
    void anonymousCallsAreRefused() {
        assertThat(rest.status(null, "GET", "/task", null)).isEqualTo(401);
        assertThat(rest.status(null, "GET", "/process-instance/" + directive.getId() + "/variables", null))
                .isEqualTo(401);
        assertThat(rest.status("mttq-but-wrong-password", "GET", "/task", null)).isEqualTo(401);
        assertThat(get(null, "/api/directives/" + directiveId() + "/document.pdf").statusCode()).isEqualTo(401);
    }

    @Test
    void aUnitSeesOnlyItsOwnTasks() {
        List<Map<String, Object>> visible = rest.tasks("mttq", null);
        assertThat(visible).isNotEmpty().allSatisfy(t ->
                assertThat(t.get("processInstanceId")).isNotEqualTo(unitBWork.getId()));
        assertThat(rest.call("mttq", "GET", "/task/count", null).body()).isEqualTo("{\"count\":" + visible.size() + "}");
        assertThat(rest.call("mttq", "GET", "/task?processInstanceId=" + unitBWork.getId(), null).body())
                .isEqualTo("[]");
    }

    @Test
    void aUnitCannotReadClaimOrCompleteAnotherUnitsTask() {
        String task = "/task/" + unitBTask.getId();
        // not even its existence shows: the task query finds nothing
        assertThat(rest.status("mttq", "GET", task, null)).isEqualTo(404);
        assertThat(rest.status("mttq", "GET", task + "/variables", null)).isEqualTo(403);
        assertThat(rest.status("mttq", "GET", task + "/form-variables", null)).isEqualTo(403);
        assertThat(rest.status("mttq", "POST", task + "/claim", Map.of("userId", "mttq"))).isEqualTo(403);
        assertThat(rest.status("mttq", "POST", task + "/submit-form",
                Map.of("variables", Map.of("leadPerson", Map.of("value", "kẻ lạ"))))).isEqualTo(403);
        assertThat(rest.status("mttq", "PUT", task + "/variables/leadPerson",
                Map.of("value", "kẻ lạ"))).isEqualTo(403);
        // the task is untouched
        Task after = engine.getTaskService().createTaskQuery().taskId(unitBTask.getId()).singleResult();
        assertThat(after.getAssignee()).isNull();
        assertThat(engine.getTaskService().getVariable(after.getId(), "leadPerson")).isNull();
        // while the unit's own user can
        assertThat(rest.status("tuyengiao", "GET", task, null)).isEqualTo(200);
    }

    @Test
    void aUnitCannotReadAnotherUnitsOrTheDirectivesData() {
        assertThat(rest.status("mttq", "GET", "/process-instance/" + unitBWork.getId() + "/variables", null))
                .isEqualTo(403);
        assertThat(rest.status("mttq", "GET", "/process-instance/" + directive.getId() + "/variables", null))
                .isEqualTo(403);
        assertThat(rest.call("mttq", "GET", "/variable-instance?processInstanceIdIn=" + unitBWork.getId(), null)
                .body()).isEqualTo("[]");
        assertThat(rest.call("mttq", "GET", "/history/task?processInstanceId=" + unitBWork.getId(), null).body())
                .isEqualTo("[]");
        assertThat(rest.call("mttq", "GET", "/process-instance?processDefinitionKey=unit-work", null).body())
                .isEqualTo("[]");
    }

    @Test
    void theIssuedDocumentIsForTheIssuerItsUnitsAndManagersOnly() throws Exception {
        long id = directiveId();
        HttpResponse<byte[]> forUnit = get("mttq", "/api/directives/" + id + "/document.pdf");
        assertThat(forUnit.statusCode()).isEqualTo(200);
        assertThat(new String(forUnit.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(get("quanly", "/api/directives/" + id + "/document.docx").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> stranger = get("thpt", "/api/directives/" + id + "/document.pdf");
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(new String(stranger.body(), StandardCharsets.UTF_8))
                .contains("Đồng chí không có quyền xem văn bản này.");
    }

    private long directiveId() {
        return (Long) engine.getRuntimeService().getVariable(directive.getId(), "directiveId");
    }

    private HttpResponse<byte[]> get(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
