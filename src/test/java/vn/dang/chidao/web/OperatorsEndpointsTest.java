package vn.dang.chidao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.dang.chidao.process.WorkflowDriver;

/**
 * What operators read: health probes open with the status only; details and metrics (Prometheus, with the business
 * figures) for an administrator; a clerk and a stranger refused in Vietnamese.
 */
// tests switch metrics export off unless asked: this one reads the Prometheus scrape
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OwnEngine.class)
class OperatorsEndpointsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    @Test
    void healthIsOpenWithTheStatusOnly() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> health = get(null, path);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components")
                    .doesNotContain("\"details\":");
        }
    }

    @Test
    void detailsAndMetricsAreForAnAdministrator() throws Exception {
        HttpResponse<String> details = get("demo", "/actuator/health/details");
        assertThat(details.statusCode()).isEqualTo(200);
        // what a node's readiness counts: its database and its engine (and its job executor where one runs: the
        // tests drive jobs themselves, so this context has none)
        assertThat(details.body()).contains("\"db\"", "\"processEngine\"", "\"readinessState\"",
                "\"status\":\"UP\"");

        WorkflowDriver driver = new WorkflowDriver(engine);
        driver.approvedDirective("V/v số liệu vận hành", List.of("mttq-bao-yen", "btg-bao-yen"),
                LocalDate.now().plusDays(30));
        HttpResponse<String> prometheus = get("demo", "/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("chidao_units_overdue", "chidao_notifications_pending",
                "chidao_incidents_open", "chidao_jobs_due", "jvm_memory_used_bytes");
        double open = prometheus.body().lines().filter(l -> l.startsWith("chidao_unit_works_open "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.indexOf(' ') + 1))).findFirst().orElseThrow();
        assertThat(open).as("the two units' work just dispatched").isGreaterThanOrEqualTo(2);
    }

    @Test
    void othersAreRefusedInVietnamese() throws Exception {
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/health/details",
                "/actuator")) {
            HttpResponse<String> anonymous = get(null, path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.body()).contains("Vui lòng đăng nhập bằng tài khoản quản trị.");
            HttpResponse<String> clerk = get("soanthao", path);
            assertThat(clerk.statusCode()).as(path).isEqualTo(403);
            assertThat(clerk.body()).contains("Chỉ quản trị hệ thống được xem số liệu vận hành.");
        }
        // a wrong password is nobody (not the administrator: the engine would delay its next sign-in)
        assertThat(get("quanly", "/actuator/prometheus", "sai-mat-khau").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return get(user, path, "demo");
    }

    private HttpResponse<String> get(String user, String path, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
