package vn.dang.chidao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import vn.dang.chidao.Application;
import vn.dang.chidao.postgres.EmbeddedPostgresSupport;
import vn.dang.chidao.web.OwnEngine;

/**
 * A fresh production installation (profile postgres, empty embedded PostgreSQL, no demo data): only the administrator
 * exists. In a real browser, in the Admin plugin "Danh mục và người dùng", the administrator creates the Đảng ủy xã
 * with its symbol and header lines, a term, two chi bộ, the drafter, the Chánh Văn phòng, the signer, the văn thư and
 * a chi bộ member, and names the signer. Then the first Công văn goes out over the engine's REST API as the new people
 * (as Tasklist would send it): number 01-CV/ĐU, the chi bộ gets its task. Last, one chi bộ is merged into the other
 * in the browser. Screenshots in /tmp/shots-admin/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = Application.class,
        properties = {
            "camunda.bpm.job-execution.enabled=true",
            "camunda.bpm.job-execution.wait-time-in-millis=200",
            "camunda.bpm.metrics.enabled=false",
            "camunda.bpm.admin-user.id=quantri",
            "camunda.bpm.admin-user.password=" + AdminInstallationEndToEndTest.ADMIN_PASSWORD
        })
@ActiveProfiles("postgres")
@ExtendWith(OwnEngine.class)
@Tag("slow") // PostgreSQL and a browser: failsafe, ./mvnw verify
@DirtiesContext
class AdminInstallationEndToEndTest {

    static final String ADMIN_PASSWORD = "Quan-Tri#2026!";
    static final String PASSWORD = "Matkhau!2026";
    static final Path SHOTS = Paths.get("/tmp/shots-admin");
    static final ObjectMapper JSON = new ObjectMapper();

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;

    private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newHttpClient();
    private int step;

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry, "freshinstall");
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        // in CI (E2E_REQUIRE_BROWSER=1) a missing Chromium fails the walk instead of skipping it
        Chromium.requireOrSkip();
        Files.createDirectories(SHOTS);
        try (var old = Files.list(SHOTS)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void theAdministratorSetsTheCommitteeUpAndTheFirstDirectiveGoesOut() throws Exception {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(engine.getIdentityService().createUserQuery().list()).extracting("id").containsExactly("quantri");
        assertThat(jdbc.queryForObject("select count(*) from unit", Integer.class)).isZero();

        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh").setViewportSize(1400, 1000));
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text());
            }
        });
        try {
            signIn(page);
            page.click("a[href=\"#/danh-muc\"]");
            page.locator("button[data-action=\"new-unit\"]").waitFor();
            shot(page, "empty-directory");

            unit(page, Map.of("code", "du-phuc-loi", "name", "Đảng ủy xã Phúc Lợi", "symbol", "ĐU",
                    "headerName", "ĐẢNG BỘ TỈNH LÀO CAI", "headerIssuer", "ĐẢNG ỦY XÃ PHÚC LỢI",
                    "placeName", "Phúc Lợi", "email", "vanphong@phucloi.laocai.dcs.vn"), "", "CAP_UY", true);
            shot(page, "committee-added");
            unit(page, Map.of("code", "cb-lang-cung", "name", "Chi bộ thôn Làng Cúng", "placeName", "Phúc Lợi"),
                    "du-phuc-loi", "CHI_BO", false);
            unit(page, Map.of("code", "cb-thcs-phuc-loi", "name", "Chi bộ Trường THCS Phúc Lợi",
                    "placeName", "Phúc Lợi"), "du-phuc-loi", "CHI_BO", false);
            shot(page, "tree");

            page.click("button[data-tab=\"nguoi-ky\"]");
            page.locator("form[name=\"term\"]").waitFor();
            page.fill("form[name=\"term\"] input[name=\"name\"]", "2025-2030");
            page.fill("form[name=\"term\"] input[name=\"startsOn\"]", "01/07/2025");
            page.fill("form[name=\"term\"] input[name=\"endsOn\"]", "30/06/2030");
            page.click("button[data-action=\"add-term\"]");
            page.locator("td:text-is(\"2025-2030\")").waitFor();
            shot(page, "term");

            page.click("button[data-tab=\"nguoi-dung\"]");
            person(page, "vanphongpl", "Lê Thị", "Hạnh", "du-phuc-loi", "THANH_VIEN", "VAN_PHONG");
            person(page, "chanhvppl", "Nguyễn Văn", "Đức", "du-phuc-loi", "VAN_PHONG", "CHANH_VAN_PHONG");
            person(page, "bithupl", "Hoàng Văn", "Lợi", "du-phuc-loi", "LANH_DAO");
            person(page, "vanthupl", "Đào Thị", "Thu", "du-phuc-loi", "VAN_PHONG", "VAN_THU");
            person(page, "langcung", "Lò Văn", "Cúng", "cb-lang-cung", "THANH_VIEN");
            shot(page, "people");

            page.click("button[data-tab=\"nguoi-ky\"]");
            page.locator("form[name=\"signer\"]").waitFor();
            page.selectOption("form[name=\"signer\"] select[name=\"userId\"]", "bithupl");
            page.selectOption("form[name=\"signer\"] select[name=\"position\"]", "BI_THU");
            page.click("button[data-action=\"add-signer\"]");
            page.locator("td:text-is(\"T/M BAN THƯỜNG VỤ\")").waitFor();
            shot(page, "signer");

            page.click("button[data-tab=\"nhat-ky\"]");
            page.locator("td:text-is(\"Nhiệm kỳ du-phuc-loi/2025-2030\")").waitFor();
            shot(page, "change-log");
        } finally {
            shot(page, "last");
        }
        assertThat(jdbc.queryForList("select changed_by from change_log", String.class)).hasSizeGreaterThanOrEqualTo(10)
                .containsOnly("quantri");

        // the first directive, as the new people send it from Tasklist
        String subject = "V/v tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026";
        Map<String, Object> started = rest("vanphongpl", "POST", "/process-definition/key/cong-van/submit-form",
                Map.of("variables", variables(Map.of("subject", subject))), 200);
        String pi = started.get("id").toString();
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20);
        List<String> units = List.of("cb-lang-cung", "cb-thcs-phuc-loi");
        complete("vanphongpl", pi, "Task_DraftDirective", Map.of("issuer", "du-phuc-loi", "subject", subject,
                "body", "Đảng ủy xã đề nghị các chi bộ thực hiện:", "recipients", units,
                "assignments", List.of(Map.of("content", "Phối hợp tổ chức Ngày hội ở khu dân cư", "units", units,
                        "deadline", deadline.toString())),
                "distribution", "Thường trực Đảng ủy (b/c),\nLưu VT.", "signer", "bithupl"));
        complete("chanhvppl", pi, "Task_CheckFormat", Map.of("formatDecision", "pass"));
        complete("bithupl", pi, "Task_ApproveDirective", Map.of("approvalDecision", "pass"));

        await().atMost(Duration.ofSeconds(60)).until(() -> tasks("langcung", "Task_AcknowledgeReceipt").size() == 1);
        assertThat(jdbc.queryForObject("select document_number from directive where process_instance_id = ?",
                String.class, pi)).isEqualTo("01-CV/ĐU");
        assertThat(jdbc.queryForObject("select status from recipient r join unit u on u.id = r.unit_id "
                + "where u.code = 'cb-lang-cung'", String.class)).isEqualTo("DISPATCHED");

        // the office sees the chi bộ's open work in the directory
        page.click("button[data-tab=\"don-vi\"]");
        page.click("a[data-unit=\"cb-lang-cung\"]");
        page.locator("td:text-is(\"01-CV/ĐU\")").waitFor();
        shot(page, "open-work");

        // a merger (both chi bộ received the directive): Làng Cúng's row keeps its name, its task goes to THCS
        try {
            page.selectOption("form[name=\"move\"] select[name=\"intoCode\"]", "cb-thcs-phuc-loi");
            page.click("button[data-action=\"merge-unit\"]");
            page.locator(".cvd-ask:has-text(\"vào Chi bộ Trường THCS Phúc Lợi?\")").waitFor();
            shot(page, "merge-question");
            page.click(".cvd-ask button[data-action=\"confirm\"]");
            page.locator(".cvd-notice.cvd-ok:has-text(\"Đã hợp nhất: 0 lượt nhận văn bản và 1 việc chuyển theo; "
                    + "1 lượt nhận giữ tên cũ\")")
                    .waitFor();
            page.locator("a.cvd-closed[data-unit=\"cb-lang-cung\"]").waitFor();
        } finally {
            shot(page, "merged");
        }
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("cb-lang-cung").count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("cb-thcs-phuc-loi")
                .taskDefinitionKey("Task_AcknowledgeReceipt").count()).isEqualTo(2);
        // Làng Cúng's member joined THCS and sees both units' acknowledgements
        assertThat(tasks("langcung", "Task_AcknowledgeReceipt")).hasSize(2);
        context.close();
        assertThat(consoleErrors).as("browser console errors").isEmpty();
    }

    // ---- the admin's steps in the browser ----

    private void signIn(Page page) {
        page.navigate("http://localhost:" + port + "/camunda/app/admin/default/#/login");
        String name = "input[ng-model=\"username\"]";
        String password = "input[ng-model=\"password\"]";
        for (int attempt = 1; ; attempt++) {
            page.fill(name, "quantri");
            page.fill(password, ADMIN_PASSWORD);
            if ("quantri".equals(page.inputValue(name)) && ADMIN_PASSWORD.equals(page.inputValue(password))
                    || attempt == 5) {
                break;
            }
            page.waitForTimeout(500);
        }
        shot(page, "login");
        page.click("form[name=\"signinForm\"] button[type=\"submit\"]");
        page.locator("a[href=\"#/danh-muc\"]").waitFor();
        shot(page, "admin-dashboard");
    }

    private void unit(Page page, Map<String, String> fields, String parent, String kind, boolean issues) {
        page.click("button[data-action=\"new-unit\"]");
        String form = "form[name=\"unit\"] ";
        page.locator(form + "input[name=\"code\"]").waitFor();
        fields.forEach((name, value) -> page.fill(form + "input[name=\"" + name + "\"]", value));
        page.selectOption(form + "select[name=\"parentCode\"]", parent);
        page.selectOption(form + "select[name=\"kind\"]", issues ? "CAP_UY" : kind);
        if (issues) {
            page.check(form + "input[name=\"canIssue\"]");
            page.selectOption(form + "select[name=\"bodyKind\"]", "CAP_UY");
        }
        page.click("button[data-action=\"save-unit\"]");
        page.locator(".cvd-notice.cvd-ok:has-text(\"Đã thêm " + fields.get("name") + ".\")").waitFor();
        page.locator("a[data-unit=\"" + fields.get("code") + "\"]").waitFor();
    }

    private void person(Page page, String id, String firstName, String lastName, String unit, String... roles) {
        page.click("button[data-action=\"new-person\"]");
        String form = "form[name=\"person\"] ";
        page.locator(form + "input[name=\"id\"]").waitFor();
        page.fill(form + "input[name=\"id\"]", id);
        page.fill(form + "input[name=\"firstName\"]", firstName);
        page.fill(form + "input[name=\"lastName\"]", lastName);
        page.fill(form + "input[name=\"email\"]", id + "@phucloi.laocai.dcs.vn");
        page.fill(form + "input[name=\"password\"]", PASSWORD);
        page.selectOption(form + "select[name=\"unitCode\"]", unit);
        for (String role : roles) {
            page.check(form + "[data-name=\"roles\"] input[value=\"" + role + "\"]");
        }
        page.click("button[data-action=\"save-person\"]");
        page.locator("td:text-is(\"" + id + "\")").waitFor();
    }

    private void shot(Page page, String name) {
        step++;
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(SHOTS.resolve(String.format("%02d-%s.png", step, name))));
    }

    // ---- the engine's REST API, as Tasklist calls it ----

    private void complete(String user, String directiveInstance, String taskKey, Map<String, Object> values)
            throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> !tasksOf(user, directiveInstance, taskKey).isEmpty());
        String task = tasksOf(user, directiveInstance, taskKey).get(0).get("id").toString();
        restRaw(user, "POST", "/task/" + task + "/submit-form", Map.of("variables", variables(values)), 204);
    }

    private List<Map<String, Object>> tasksOf(String user, String directiveInstance, String taskKey)
            throws Exception {
        return JSON.readValue(restRaw(user, "GET", "/task?processVariables=directiveProcessInstanceId_eq_"
                + directiveInstance + "&taskDefinitionKey=" + taskKey, null, 200), new TypeReference<>() { });
    }

    private List<Map<String, Object>> tasks(String user, String taskKey) throws Exception {
        return JSON.readValue(restRaw(user, "GET", "/task?taskDefinitionKey=" + taskKey, null, 200),
                new TypeReference<>() { });
    }

    private Map<String, Object> rest(String user, String method, String path, Object body, int status)
            throws Exception {
        return JSON.readValue(restRaw(user, method, path, body, status), new TypeReference<>() { });
    }

    private String restRaw(String user, String method, String path, Object body, int status) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest" + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, user, response.body()).isEqualTo(status);
        return response.body();
    }

    /** Lists as JSON variables, as Tasklist submits form-js values. */
    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> result = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            try {
                result.put(k, v instanceof List<?> || v instanceof Map<?, ?>
                        ? Map.of("value", JSON.writeValueAsString(v), "type", "Json") : Map.of("value", v));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return result;
    }
}
