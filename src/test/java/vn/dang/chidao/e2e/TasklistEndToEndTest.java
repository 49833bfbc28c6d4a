package vn.dang.chidao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dang.chidao.e2e.TasklistUi.BLUR;
import static vn.dang.chidao.e2e.TasklistUi.assertNoEnglish;
import static vn.dang.chidao.e2e.TasklistUi.claim;
import static vn.dang.chidao.e2e.TasklistUi.field;
import static vn.dang.chidao.e2e.TasklistUi.labelled;
import static vn.dang.chidao.e2e.TasklistUi.radio;
import static vn.dang.chidao.e2e.TasklistUi.signIn;
import static vn.dang.chidao.e2e.TasklistUi.type;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.WaitForSelectorState;

import vn.dang.chidao.Application;
import vn.dang.chidao.deadline.DeadlineExamples;
import vn.dang.chidao.web.EnglishText;
import vn.dang.chidao.web.OwnEngine;

/**
 * One Công văn through Camunda Tasklist in a real browser (Debian's Chromium), as each demo user in
 * turn: the drafter starts it and fills the draft (two Kính gửi units, two assignments), the office head
 * checks the format, the Phó Bí thư approves; each unit acknowledges, one asks for an extension that the
 * office grants (the date picker's value must reach the server as a date), both carry out their
 * assignments and report; the office accepts both reports and writes the summary; the manager finds the
 * archived directive in Cockpit.
 *
 * <p>The application runs as shipped (demo profile, job executor on, fresh H2 file database in a
 * temporary folder): the units' work starts asynchronously after approval and the test waits for it the
 * way a clerk would, by refreshing Tasklist. Every step leaves a screenshot in
 * {@code target/e2e-screenshots/cong-van/}; any error in a browser console fails the test.
 *
 * <p>Skipped when /usr/bin/chromium is missing, unless E2E_REQUIRE_BROWSER=1 (CI), where it fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = Application.class,
        properties = {
            "camunda.bpm.job-execution.enabled=true",
            // no metrics flush racing the database's shutdown at the end of the test JVM
            "camunda.bpm.metrics.enabled=false"
        })
@ActiveProfiles("demo")
@ExtendWith(OwnEngine.class)
@Tag("slow") // PostgreSQL, faults or a browser: failsafe, ./mvnw verify
// its own context with a running job executor: closed afterwards rather than kept polling in the cache
@DirtiesContext
class TasklistEndToEndTest {

    static final Path SCREENSHOTS = Paths.get("target", "e2e-screenshots", "cong-van");
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
    static final DateTimeFormatter PADDED_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** form-js debounces typing by 300 ms; leaving the field flushes it. */
    /** How long the units' asynchronous work may take to show up in Tasklist. */
    static final Duration ASYNC = Duration.ofSeconds(60);

    static final String SUBJECT = "V/v tăng cường triển khai đợt sinh hoạt chính trị";
    static final String MTTQ = "Ủy ban MTTQ huyện Bảo Yên";
    static final String BTG = "Ban Tuyên giáo Huyện ủy";

    private static Path database;
    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failedCalls = Collections.synchronizedList(new ArrayList<>());
    private final List<String> english = new ArrayList<>();
    private String locale = "vi-VN";
    private String subject = SUBJECT;
    /** Answers 4xx the step provokes on purpose (a refusal), taken off the lists instead of failing the walk. */
    private int expectedFailures;
    private final List<BrowserContext> contexts = new ArrayList<>();
    /** The page of whoever acts now: shot when a step fails. */
    private Page lastPage;
    private int step;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws IOException {
        database = Files.createTempDirectory("e2e-h2-");
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + database.resolve("db").toAbsolutePath() + ";LOCK_TIMEOUT=10000");
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        Chromium.requireOrSkip();
        if (Files.isDirectory(SCREENSHOTS)) {
            try (var old = Files.walk(SCREENSHOTS)) {
                for (Path file : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        // one folder per browser language
        Files.createDirectories(SCREENSHOTS.resolve("vi-VN"));
        Files.createDirectories(SCREENSHOTS.resolve("en-US"));
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        // the engine may still hold the file open until the context closes at JVM exit
        if (database != null) {
            database.toFile().deleteOnExit();
        }
    }

    /** The same walk in a Vietnamese and in an English browser: every screen must be Vietnamese in both. */
    @ParameterizedTest(name = "browser language {0}")
    @ValueSource(strings = {"vi-VN", "en-US"})
    void oneCongVanFromDraftToArchiveAsEachUser(String browserLanguage) {
        locale = browserLanguage;
        subject = SUBJECT + (browserLanguage.startsWith("vi") ? "" : " (trình duyệt tiếng Anh)");
        LocalDate today = LocalDate.now(ZONE);
        LocalDate firstDeadline = today.plusMonths(6);
        LocalDate secondDeadlineMonth = today.plusMonths(8);
        LocalDate extendedTo = firstDeadline.plusMonths(1);
        try {
            startPage();
            draft(firstDeadline, secondDeadlineMonth);
            checkFormat();
            approve();
            String number = jdbc.queryForObject("select document_number from directive where process_instance_id = ?",
                    String.class, congVanInstance());
            assertThat(number).as("number given on approval").matches("\\d{2,}-CV/HU");

            acknowledge("mttq", MTTQ, number, 1);
            acknowledge("tuyengiao", BTG, number, 2);
            requestAndGrantExtension(extendedTo);
            carryOut("mttq", 1, extendedTo);
            // the report is due by the last deadline in force: the extended one
            reportDueDate("mttq", extendedTo);
            carryOut("tuyengiao", 1, firstDeadline);
            carryOut("tuyengiao", 2, secondDeadlineMonth.withDayOfMonth(secondDeadlineMonth.lengthOfMonth()));
            report("mttq", "Đã quán triệt tới 100% đảng viên, đoàn viên.", "12-BC/MTTQ");
            report("tuyengiao", "Đã tổ chức quán triệt và tuyên truyền trên Đài Truyền thanh huyện.", "15-BC/BTGHU");
            reviewReports();
            summary();
            assertThat(jdbc.queryForObject("select status from directive where process_instance_id = ?",
                    String.class, congVanInstance())).isEqualTo("ARCHIVED");
            cockpit(number);
        } catch (RuntimeException | AssertionError e) {
            if (lastPage != null && !lastPage.isClosed()) {
                try {
                    shot(lastPage, "failed");
                } catch (RuntimeException screenshotFailed) {
                    e.addSuppressed(screenshotFailed);
                }
            }
            throw e;
        } finally {
            contexts.forEach(BrowserContext::close);
        }
        assertThat(consoleErrors).as("browser console errors").isEmpty();
        assertThat(failedCalls).as("answers 4xx/5xx to the webapps' own calls").isEmpty();
        assertThat(english).as("English on the screens of the walk").isEmpty();
    }

    // ---- the steps, one per person ----

    /** http://localhost:8080, where the README sends people: a Vietnamese start page that leads to Tasklist. */
    private void startPage() {
        Page page = newPage("soanthao");
        page.navigate(base() + "/");
        assertThat(page.locator("h1").textContent()).isEqualTo("Văn bản chỉ đạo");
        shot(page, "start-page");
        page.click("#start-tasklist");
        page.locator("input[ng-model=\"username\"]").waitFor();
        PlaywrightAssertions.assertThat(page.locator("form[name=\"signinForm\"] button[type=\"submit\"]"))
                .hasText(Pattern.compile("\\s*Đăng nhập\\s*"));
        shot(page, "tasklist-login");
    }

    private void draft(LocalDate firstDeadline, LocalDate secondDeadlineMonth) {
        Page page = login("soanthao");
        shot(page, "soanthao-tasklist");
        page.click("a:has-text(\"Khởi tạo quy trình\")");
        page.locator(".modal-dialog a:has-text(\"Công văn\")").click();
        Locator start = page.locator(".modal-dialog .fjs-form");
        start.waitFor();
        type(field(start, "Trích yếu").locator("input"), subject);
        shot(page, "soanthao-start-form");
        page.evaluate(BLUR);
        page.click(".modal-dialog button:has-text(\"Khởi tạo\")");
        page.locator(".modal-dialog").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));

        Locator form = openTask(page, "Việc của tôi", "Soạn thảo văn bản — " + subject, Duration.ofSeconds(20));
        shot(page, "soanthao-draft-empty");
        assertThat(field(form, "Cơ quan ban hành").textContent()).contains("Huyện ủy Bảo Yên");
        assertThat(field(form, "Trích yếu (V/v …)").locator("input").inputValue()).isEqualTo(subject);
        assertThat(form.locator(".fjs-form-field-label:text-is(\"Ý kiến khi trả lại\")").count())
                .as("no return comment on a first draft").isZero();
        type(field(form, "Căn cứ").locator("textarea"),
                "Thực hiện Công văn số 2246-CV/TU ngày 20/6/2023 của Ban Thường vụ Tỉnh ủy");
        type(field(form, "Nội dung").locator("textarea"), "Ban Thường vụ Huyện ủy đề nghị các cấp ủy, tổ chức đảng "
                + "triển khai đợt sinh hoạt chính trị trong toàn Đảng bộ.");
        Locator recipients = field(form, "Kính gửi");
        recipients.locator("input").click();
        page.locator(".fjs-dropdownlist-item").first().waitFor();
        assertThat(page.locator(".fjs-dropdownlist-item").allInnerTexts()).as("the units Huyện ủy directs")
                .contains(MTTQ, BTG).doesNotContain("Tỉnh ủy Lào Cai", "Huyện ủy Bảo Yên");
        page.keyboard().press("Escape");
        pickTag(page, recipients, MTTQ);
        pickTag(page, recipients, BTG);

        // the units of an assignment are offered from the units chosen under Kính gửi
        Locator rows = form.locator(".fjs-form-field-dynamiclist .fjs-repeat-row-container");
        Locator first = rows.nth(0);
        assertThat(first.textContent()).contains("Nhiệm vụ số 1");
        type(field(first, "Nội dung nhiệm vụ").locator("textarea"), "Quán triệt, triển khai tới toàn thể đảng viên");
        Locator firstUnits = field(first, "Đơn vị thực hiện");
        firstUnits.locator("input").click();
        page.locator(".fjs-dropdownlist-item").first().waitFor();
        assertThat(page.locator(".fjs-dropdownlist-item").allInnerTexts()).containsExactlyInAnyOrder(MTTQ, BTG);
        shot(page, "soanthao-draft-assignment-units");
        pickTag(page, firstUnits, MTTQ);
        pickTag(page, firstUnits, BTG);
        assertThat(field(first, "Thời hạn").locator(".fjs-form-field-description").textContent())
                .as("examples as of today").isEqualTo("Ví dụ: " + DeadlineExamples.asOf(LocalDate.now(ZONE)));
        type(field(first, "Thời hạn").locator("input"), DAY.format(firstDeadline));
        form.locator("button.fjs-repeat-render-add").click();
        Locator second = rows.nth(1);
        assertThat(second.textContent()).contains("Nhiệm vụ số 2");
        type(field(second, "Nội dung nhiệm vụ").locator("textarea"),
                "Tuyên truyền trên các phương tiện thông tin đại chúng của huyện");
        pickTag(page, field(second, "Đơn vị thực hiện"), BTG);
        type(field(second, "Thời hạn").locator("input"), "trong tháng " + secondDeadlineMonth.getMonthValue() + "/"
                + secondDeadlineMonth.getYear());
        type(field(form, "Nơi nhận (mỗi dòng một nơi)").locator("textarea"),
                "Thường trực Huyện ủy (b/c)\nNhư Kính gửi\nLưu VT");
        // from Nơi nhận to Người ký with the keyboard, as a clerk does: Tab opens the list, arrows and Enter pick
        field(form, "Nơi nhận (mỗi dòng một nơi)").locator("textarea").focus();
        page.keyboard().press("Tab");
        page.locator(".fjs-dropdownlist-item").first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        PlaywrightAssertions.assertThat(field(form, "Người ký").locator(".fjs-select-display"))
                .containsText("Hoàng Văn Minh");
        assertNoEnglish(form);
        shot(page, "soanthao-draft-filled");
        complete(page, "soanthao-draft");
    }

    private void checkFormat() {
        Page page = login("chanhvanphong");
        Locator form = openTask(page, "Việc của đơn vị", "Kiểm tra thể thức — " + subject, Duration.ofSeconds(20));
        // nobody has taken the office's task: the form says so, and a click on it takes the task
        Locator note = page.locator(".task-details .cvd-claim-note");
        PlaywrightAssertions.assertThat(note).containsText("chưa đồng chí nào nhận");
        shot(page, "chanhvanphong-not-taken");
        // the reviewer reads the draft laid out as it will be issued, before taking the task too
        Locator preview = form.locator("a", new Locator.LocatorOptions().setHasText("Xem bản dự thảo (PDF)"));
        assertThat(page.evaluate("a => { const r = a.getBoundingClientRect();"
                + " return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === a; }",
                preview.elementHandle())).as("the preview link is not under the grey overlay").isEqualTo(true);
        com.microsoft.playwright.APIResponse pdf = page.request().get(base() + preview.getAttribute("href"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        assertThat(pdf.body().length).isGreaterThan(1000);
        // where the field is; Tasklist's grey overlay is what the click lands on (Playwright would wait for the field)
        field(form, "Nội dung").click(new Locator.ClickOptions().setForce(true));
        note.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        PlaywrightAssertions.assertThat(page.locator(".task-details .disabled-form")).hasCount(0);
        // taken, it is still the office's: listed under Việc của đơn vị with who handles it
        PlaywrightAssertions.assertThat(page.locator(".tasks-list li.task",
                new Page.LocatorOptions().setHasText("Kiểm tra thể thức — " + subject))).containsText("Trần Văn Hùng");
        assertShowsTheDraft(form);
        // a return without a comment: the server's refusal is shown under the comment, the buttons stay usable
        radio(form, "Kết quả kiểm tra", "Trả lại người soạn thảo");
        page.evaluate(BLUR);
        expectedFailures = 1;
        page.locator(".task-details button:has-text(\"Hoàn thành\")").click();
        Locator refusal = field(form, "Ý kiến").locator(".cvd-field-refusal");
        PlaywrightAssertions.assertThat(refusal).hasText("Vui lòng ghi ý kiến khi trả lại hoặc không duyệt văn bản.");
        PlaywrightAssertions.assertThat(page.locator(".task-details .cvd-refusal")).containsText("Chưa hoàn thành được");
        PlaywrightAssertions.assertThat(page.locator(".page-notifications .alert-danger")).hasCount(0);
        assertThat(page.evaluate("() => { const b = [...document.querySelectorAll('.task-details .form-actions button')]"
                + ".find(x => x.textContent.trim() === 'Hoàn thành'); const r = b.getBoundingClientRect();"
                + " return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === b; }"))
                .as("nothing covers Hoàn thành").isEqualTo(true);
        shot(page, "chanhvanphong-refused");
        expectedFailures = 0;
        radio(form, "Kết quả kiểm tra", "Đạt — chuyển trình ký");
        shot(page, "chanhvanphong-check-format");
        complete(page, "chanhvanphong-check-format");
    }

    private void approve() {
        Page page = login("phobithu");
        Locator form = openTask(page, "Việc của tôi", "Trình ký — " + subject, Duration.ofSeconds(20));
        assertShowsTheDraft(form);
        radio(form, "Ý kiến của người ký", "Duyệt ký, cho phát hành");
        shot(page, "phobithu-approve");
        complete(page, "phobithu-approve");
    }

    private void acknowledge(String user, String unit, String number, int assignments) {
        Page page = login(user);
        Locator form = openTask(page, "Việc của đơn vị", "Xác nhận đã nhận văn bản — " + number, ASYNC);
        claim(page);
        assertThat(form.locator(".fjs-form-field-text").first().textContent()).contains(unit).contains(number);
        assertThat(field(form, "Trích yếu").locator("input").inputValue()).isEqualTo(subject);
        Locator table = form.locator(".fjs-form-field-table tbody tr");
        PlaywrightAssertions.assertThat(table).hasCount(assignments);
        assertThat(table.first().textContent()).contains("Quán triệt, triển khai tới toàn thể đảng viên");
        type(field(form, "Người (bộ phận) chủ trì thực hiện").locator("input"), "Đồng chí Phó Chủ tịch phụ trách");
        type(field(form, "Người (bộ phận) phối hợp").locator("textarea"), "Các ban, đơn vị trực thuộc");
        shot(page, user + "-acknowledge");
        complete(page, user + "-acknowledge");
    }

    /** MTTQ asks to move its first deadline; the date must reach the server as a date (yyyy-MM-dd). */
    private void requestAndGrantExtension(LocalDate extendedTo) {
        Page unit = login("mttq");
        Locator form = openTask(unit, "Việc của đơn vị", "Thực hiện nhiệm vụ số 1", ASYNC);
        claim(unit);
        radio(form, "Tình hình thực hiện", "Xin gia hạn");
        Locator date = form.locator(".fjs-form-field-datetime input").first();
        date.click();
        unit.locator(".flatpickr-calendar.open").waitFor();
        assertThat(unit.locator(".flatpickr-calendar .flatpickr-weekday").first().textContent().strip())
                .as("date picker in Vietnamese, Monday first").isEqualTo("T2");
        assertThat(date.getAttribute("placeholder")).isEqualTo("ngày/tháng/năm");
        shot(unit, "mttq-extension-date-picker");
        date.fill(DAY.format(extendedTo));
        date.press("Enter");
        type(field(form, "Lý do xin gia hạn").locator("textarea"), "Chờ hướng dẫn của Ủy ban MTTQ tỉnh");
        shot(unit, "mttq-extension-request");
        complete(unit, "mttq-extension-request", "Đã gửi đề nghị gia hạn");
        // the unit sees its request waiting, as the office's task it may only read
        openTask(unit, "Đề nghị gia hạn", "Xét đề nghị gia hạn của " + MTTQ, ASYNC);
        PlaywrightAssertions.assertThat(unit.locator(".task-details .cvd-claim-note"))
                .containsText("Văn phòng — Huyện ủy Bảo Yên xử lý");
        PlaywrightAssertions.assertThat(unit.locator(".task-details button:has-text(\"Nhận việc\")")).isHidden();
        shot(unit, "mttq-extension-waiting");

        Page office = login("vanthu");
        Locator review = openTask(office, "Việc của đơn vị", "Xét đề nghị gia hạn của " + MTTQ, ASYNC);
        claim(office);
        assertThat(review.locator(".fjs-form-field-datetime input").first().inputValue())
                .isIn(DAY.format(extendedTo), PADDED_DAY.format(extendedTo));
        radio(review, "Ý kiến của văn phòng", "Đồng ý gia hạn");
        shot(office, "vanthu-extension-review");
        complete(office, "vanthu-extension-review");
        assertThat(jdbc.queryForObject("select count(*) from extension_request er join assignment a on a.id = "
                + "er.assignment_id join directive d on d.id = a.directive_id where er.requested_deadline = ? and "
                + "d.process_instance_id = ?", Integer.class, java.sql.Date.valueOf(extendedTo), congVanInstance()))
                .as("the requested date stored as a date").isEqualTo(1);
    }

    private void carryOut(String user, int position, LocalDate deadline) {
        Page page = login(user);
        Locator form = openTask(page, "Việc của đơn vị", "Thực hiện nhiệm vụ số " + position, ASYNC);
        claim(page);
        assertThat(form.locator(".fjs-form-field-text").nth(1).textContent())
                .contains("Nhiệm vụ " + position).contains(PADDED_DAY.format(deadline));
        radio(form, "Tình hình thực hiện", "Đã hoàn thành nhiệm vụ");
        type(field(form, "Kết quả thực hiện").locator("textarea"), "Đã hoàn thành nhiệm vụ số " + position + ".");
        shot(page, user + "-assignment-" + position);
        complete(page, user + "-assignment-" + position);
    }

    /** The unit's report task is due by the deadline in force, shown so in the task list and on the task. */
    private void reportDueDate(String user, LocalDate due) {
        Page page = login(user);
        Locator form = openTask(page, "Việc của đơn vị", "Báo cáo kết quả", ASYNC);
        // the table of the unit's assignments shows the deadline in force, the task is due by it
        PlaywrightAssertions.assertThat(form.locator(".fjs-form-field-table tbody tr").first())
                .containsText(PADDED_DAY.format(due));
        assertThat(jdbc.queryForObject("select t.due_date_ from act_ru_task t join act_ru_execution e "
                + "on e.id_ = t.proc_inst_id_ where t.task_def_key_ = 'Task_ReportResult' and e.business_key_ like ?",
                java.sql.Timestamp.class, "% mttq-bao-yen").toInstant())
                .isEqualTo(due.atTime(23, 59, 59).atZone(ZONE).toInstant());
        shot(page, user + "-report-due");
    }

    private void report(String user, String content, String evidence) {
        Page page = login(user);
        Locator form = openTask(page, "Việc của đơn vị", "Báo cáo kết quả", ASYNC);
        claim(page);
        form.locator(".fjs-form-field-table tbody tr").first().waitFor();
        type(field(form, "Báo cáo kết quả thực hiện").locator("textarea"), content);
        type(field(form, "Tài liệu kiểm chứng").locator("input"), evidence);
        shot(page, user + "-report");
        complete(page, user + "-report");
    }

    private void reviewReports() {
        Page page = login("vanthu");
        for (String unit : List.of(MTTQ, BTG)) {
            Locator form = openTask(page, "Báo cáo chờ duyệt", "Duyệt báo cáo của " + unit, ASYNC);
            claim(page);
            assertThat(form.locator(".fjs-form-field-text").first().textContent()).contains(unit);
            assertThat(field(form, "Báo cáo của đơn vị").locator("textarea").inputValue()).startsWith("Đã ");
            radio(form, "Kết quả duyệt", "Chấp nhận báo cáo");
            shot(page, "vanthu-review-" + (unit.equals(MTTQ) ? "mttq" : "ban-tuyen-giao"));
            complete(page, "vanthu-review-report");
        }
    }

    private void summary() {
        Page page = login("soanthao");
        Locator form = openTask(page, "Việc của tôi", "Xem xét báo cáo tổng hợp", ASYNC);
        claim(page);
        Locator rows = form.locator(".fjs-form-field-table tbody tr");
        PlaywrightAssertions.assertThat(rows).hasCount(2);
        assertThat(rows.allInnerTexts()).anySatisfy(r -> assertThat(r).contains(MTTQ).contains("Hoàn thành đúng hạn")
                .contains("12-BC/MTTQ"));
        assertThat(rows.allInnerTexts()).anySatisfy(r -> assertThat(r).contains(BTG).contains("15-BC/BTGHU"));
        assertThat(form.locator(".fjs-form-field-text").first().textContent()).contains("Hoàn thành đúng hạn: 2");
        type(field(form, "Nhận xét, đánh giá chung (báo cáo Ban Thường vụ)").locator("textarea"),
                "Các đơn vị triển khai nghiêm túc, báo cáo đúng hạn.");
        shot(page, "soanthao-summary");
        complete(page, "soanthao-summary");
    }

    private void cockpit(String number) {
        Page page = newPage("quanly");
        page.navigate(base() + "/camunda/app/cockpit/default/#/login");
        signIn(page, "quanly");
        long directiveId = jdbc.queryForObject("select id from directive where process_instance_id = ?", Long.class,
                congVanInstance());
        Locator board = page.locator(".cvd-board");
        board.waitFor();
        board.locator(".cvd-filters select").last().selectOption("ARCHIVED");
        board.locator(".cvd-filters button[type=\"submit\"]").click();
        Locator row = board.locator("tr[data-directive-id=\"" + directiveId + "\"]");
        row.waitFor();
        assertThat(row.textContent()).contains(subject).contains("Huyện ủy Bảo Yên");
        shot(page, "quanly-cockpit-archived");

        page.navigate(base() + "/camunda/app/cockpit/default/#/processes");
        page.locator("td a", new Page.LocatorOptions().setHasText("Công văn")).first().waitFor();
        shot(page, "quanly-cockpit-processes");
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where proc_inst_id_ = ? and end_time_ "
                + "is not null", Integer.class, congVanInstance())).as("cong-van instance finished").isEqualTo(1);
        assertThat(number).isNotBlank();
    }

    // ---- Tasklist ----

    private Page login(String user) {
        Page page = newPage(user);
        page.navigate(base() + "/camunda/app/tasklist/default/#/login");
        signIn(page, user);
        page.locator(".tasks-list").first().waitFor();
        return page;
    }

    private Page newPage(String user) {
        // one person at a time: every open Tasklist keeps polling, and a dozen of them starved the next page
        // load on a 2-core machine (the login form did not show within 90 s)
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                .setTimezoneId("Asia/Ho_Chi_Minh").setViewportSize(1400, 1000));
        contexts.add(context);
        Page page = context.newPage();
        lastPage = page;
        // generous: on a loaded 2-core machine the first Tasklist load took over 30 s
        page.setDefaultTimeout(90_000);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                if (expectedFailures > 0 && m.text().contains("status of 400")) {
                    return; // the browser's own line for the refusal the step provokes
                }
                if (m.text().contains("status of 404") && goneTask(m.location().replaceAll(":\\d+:\\d+$", ""))) {
                    return;
                }
                consoleErrors.add(user + ": " + m.text() + " @ " + m.location());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && r.url().startsWith(base())) {
                if (expectedFailures > 0 && r.status() == 400 && r.url().endsWith("/submit-form")) {
                    return;
                }
                if (r.status() == 404 && goneTask(r.url())) {
                    return; // Tasklist asked once more for the task the user had just completed
                }
                failedCalls.add(user + ": " + r.status() + " " + r.request().method() + " " + r.url());
            }
        });
        page.onPageError(e -> consoleErrors.add(user + ": page error: " + e));
        return page;
    }

    private Locator openTask(Page page, String filter, String name, Duration timeout) {
        return TasklistUi.openTask(page, filter, name, timeout, p -> shot(p, "missing-task"));
    }

    /** Clicks "Hoàn thành" and waits until Tasklist has closed the task; a refused form fails with its message. */
    private void complete(Page page, String what) {
        complete(page, what, "Đã hoàn thành");
    }

    /** Completes and expects the confirmation that starts so. */
    private void complete(Page page, String what, String confirmation) {
        TasklistUi.complete(page, what, confirmation, p -> shot(p, what + "-not-completed"));
    }

    // ---- form-js fields ----

    private static void pickTag(Page page, Locator field, String option) {
        field.locator("input").click();
        Locator item = page.locator(".fjs-dropdownlist-item", new Page.LocatorOptions().setHasText(option)).first();
        item.waitFor();
        // form-js picks on mousedown
        item.dispatchEvent("mousedown");
        field.locator(".fjs-taglist-tag", new Locator.LocatorOptions().setHasText(option)).waitFor();
        page.keyboard().press("Escape");
    }

    /** The format check and the approval show the draft, read-only. */
    private void assertShowsTheDraft(Locator form) {
        assertThat(field(form, "Trích yếu").locator("input").inputValue()).isEqualTo(subject);
        assertThat(field(form, "Căn cứ").locator("textarea").inputValue()).startsWith("Thực hiện Công văn số 2246-CV/TU");
        assertThat(field(form, "Nội dung").locator("textarea").inputValue()).contains("đợt sinh hoạt chính trị");
        assertThat(field(form, "Kính gửi").locator(".fjs-taglist-tag").allInnerTexts())
                .containsExactlyInAnyOrder(MTTQ, BTG);
        // a list without add/remove renders its items one after the other, each headed "Nhiệm vụ số N"
        Locator list = form.locator(".fjs-form-field-dynamiclist");
        PlaywrightAssertions.assertThat(list.locator(".fjs-form-field-text"))
                .hasText(new String[] {"Nhiệm vụ số 1", "Nhiệm vụ số 2"});
        Locator units = labelled(list, "Đơn vị thực hiện");
        assertThat(units.nth(0).locator(".fjs-taglist-tag").allInnerTexts()).containsExactlyInAnyOrder(MTTQ, BTG);
        assertThat(units.nth(1).locator(".fjs-taglist-tag").allInnerTexts()).containsExactly(BTG);
        assertThat(labelled(list, "Thời hạn được hiểu là").nth(1).locator("input").inputValue())
                .contains("cuối tháng");
        assertThat(field(form, "Nơi nhận").locator("textarea").inputValue()).contains("Lưu VT");
        assertThat(field(form, "Người ký").textContent()).contains("Hoàng Văn Minh");
        assertThat(field(form, "Trích yếu").locator("input").isEditable()).as("the draft is read-only").isFalse();
        assertThat(field(form, "Nội dung").locator("textarea").isEditable()).isFalse();
        assertNoEnglish(form);
    }

    // ---- helpers ----

    private boolean goneTask(String url) {
        return TasklistUi.goneTask(jdbc, url);
    }

    private String congVanInstance() {
        return jdbc.queryForObject("select id_ from act_hi_procinst where proc_def_key_ = 'cong-van' "
                + "order by start_time_ desc limit 1", String.class);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** A picture of the whole page, checked for English first. */
    private void shot(Page page, String name) {
        step++;
        List<String> found = EnglishText.find(TasklistUi.readableText(page));
        if (!found.isEmpty()) {
            english.add(locale + " " + name + ": " + found);
        }
        TasklistUi.screenshot(page, SCREENSHOTS.resolve(locale).resolve(String.format("%02d-%s.png", step, name)));
    }
}
