package vn.dang.chidao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.dang.chidao.postgres.RestClientDriver;
import vn.dang.chidao.postgres.RestClientDriver.Reply;
import vn.dang.chidao.process.WorkflowDriver;

/** Calls the webapps make on every screen answer without an error for whoever may make them, and no further. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OwnEngine.class)
class WebappCallsTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    @Test
    void nobodySignedInIsNoContentNotAnError() throws Exception {
        HttpResponse<String> who = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(who.statusCode()).isEqualTo(204);
        assertThat(who.body()).isEmpty();
    }

    @Test
    void theCommentsOfATaskAreReadByWhoeverMayReadTheTask() {
        WorkflowDriver driver = new WorkflowDriver(engine);
        ProcessInstance directive = driver.approvedDirective("V/v ý kiến trên công việc", List.of("mttq-bao-yen"),
                LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20));
        ProcessInstance unit = driver.unitWork(directive, "mttq-bao-yen");
        String task = driver.task("mttq", unit.getId(), "Task_AcknowledgeReceipt").getId();
        engine.getTaskService().createComment(task, unit.getId(), "Đề nghị đơn vị xác nhận trước thứ Sáu.");

        RestClientDriver rest = new RestClientDriver(port);
        Reply own = rest.call("mttq", "GET", "/task/" + task + "/comment", null);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.body()).contains("Đề nghị đơn vị xác nhận trước thứ Sáu.").contains("\"taskId\":\"" + task);
        // another unit: Camunda's own answer, as if the task did not exist
        assertThat(driver.as("tuyengiao", () -> engine.getTaskService().createTaskQuery().taskId(task).count()))
                .as("tuyengiao reads mttq's task").isZero();
        Reply other = rest.call("tuyengiao", "GET", "/task/" + task + "/comment", null);
        assertThat(other.status()).as(other.body()).isEqualTo(404);
        assertThat(other.body()).contains("Không tìm thấy công việc").doesNotContain("Đề nghị đơn vị");
        assertThat(rest.call("tuyengiao", "GET", "/history/task?taskId=" + task, null).body())
                .as("nor through history").isEqualTo("[]");
        assertThat(rest.call(null, "GET", "/task/" + task + "/comment", null).status()).isEqualTo(401);
    }
}
