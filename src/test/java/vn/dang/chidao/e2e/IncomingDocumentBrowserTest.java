package vn.dang.chidao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dang.chidao.e2e.TasklistUi.BLUR;
import static vn.dang.chidao.e2e.TasklistUi.assertNoEnglish;
import static vn.dang.chidao.e2e.TasklistUi.claim;
import static vn.dang.chidao.e2e.TasklistUi.field;
import static vn.dang.chidao.e2e.TasklistUi.radio;
import static vn.dang.chidao.e2e.TasklistUi.signIn;
import static vn.dang.chidao.e2e.TasklistUi.type;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;

import vn.dang.chidao.Application;
import vn.dang.chidao.web.EnglishText;
import vn.dang.chidao.web.OwnEngine;

/**
 * Văn bản đến in a real browser (Debian's Chromium): the văn thư uploads a received công văn through Tasklist's
 * "Vào sổ văn bản đến" and registers it; the Phó Bí thư gives it to MTTQ; MTTQ acknowledges, carries it out and
 * reports; the office accepts the report and writes the report upward; the Phó Bí thư signs it and its PDF is
 * issued. And the drafter's "Nhập từ văn bản có sẵn" filling a draft. Screenshots in /tmp/shots-incoming/ (or
 * SHOTS_DIR); any browser console error, failed webapp call or English on a screen fails the test.
 *
 * <p>Skipped when /usr/bin/chromium is missing, unless E2E_REQUIRE_BROWSER=1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, classes = Application.class,
        properties = {"camunda.bpm.job-execution.enabled=true", "camunda.bpm.metrics.enabled=false"})
@ActiveProfiles("demo")
@ExtendWith(OwnEngine.class)
@Tag("slow")
@DirtiesContext
class IncomingDocumentBrowserTest {

    static final Path SHOTS = Paths.get(System.getenv().getOrDefault("SHOTS_DIR", "/tmp/shots-incoming"));
    static final Path SEED = Paths.get("..", "shared", "seeds", "cong-van-bac-kan-2024.txt");
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final Duration ASYNC = Duration.ofSeconds(60);
    static final String MTTQ = "Ủy ban MTTQ huyện Bảo Yên";
    static final String NUMBER = "405-CV/BTGTU";

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
    /** Answers 4xx the step provokes on purpose, taken off the lists instead of failing the walk. */
    private int expectedFailures;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private Page lastPage;
    private String prefix = "";
    private int step;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws IOException {
        database = Files.createTempDirectory("e2e-incoming-h2-");
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + database.resolve("db").toAbsolutePath() + ";LOCK_TIMEOUT=10000");
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        Chromium.requireOrSkip();
        Files.createDirectories(SHOTS);
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
        if (database != null) {
            database.toFile().deleteOnExit();
        }
    }

    @AfterEach
    void closePages() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    @Test
    void anIncomingCongVanFromUploadToTheSignedReport() {
        prefix = "walk-";
        walk(() -> {
            String taskId = upload();
            long incomingId = register(taskId);
            direct();
            unitWork();
            long report = reportUpward(incomingId);
            sign(report, incomingId);
        });
    }

    @Test
    void theDrafterFillsADraftFromAnExistingDocument() {
        prefix = "import-";
        walk(this::importIntoDraft);
    }

    private void walk(Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError e) {
            if (lastPage != null && !lastPage.isClosed()) {
                try {
                    shot(lastPage, "failed");
                } catch (RuntimeException screenshotFailed) {
                    e.addSuppressed(screenshotFailed);
                }
            }
            throw e;
        }
        assertThat(consoleErrors).as("browser console errors").isEmpty();
        assertThat(failedCalls).as("answers 4xx/5xx to the webapps' own calls").isEmpty();
        assertThat(english).as("English on the screens").isEmpty();
    }

    // ---- the steps ----

    /** The văn thư's upload: a refused .doc first (message in the dialog), then the seed as a .txt file. */
    private String upload() {
        Page page = login("vanthu");
        Locator open = page.locator(".cvd-incoming-open");
        PlaywrightAssertions.assertThat(open).hasText(Pattern.compile("\\s*Vào sổ văn bản đến\\s*"));
        open.click();
        Locator dialog = page.locator(".cvd-reader-dialog");
        dialog.waitFor();
        PlaywrightAssertions.assertThat(dialog.locator(".modal-title")).hasText("Vào sổ văn bản đến");
        // one body only (Huyện ủy Bảo Yên): nothing to choose
        PlaywrightAssertions.assertThat(dialog.locator(".cvd-reader-receiver")).hasCount(0);
        shot(page, "vanthu-upload-dialog");

        dialog.locator(".cvd-reader-submit").click();
        PlaywrightAssertions.assertThat(dialog.locator(".cvd-reader-error"))
                .hasText("Đồng chí chọn tệp văn bản hoặc dán nội dung văn bản.");
        long documentsBefore = count("select count(*) from incoming_document");
        expectedFailures = 1;
        dialog.locator(".cvd-reader-file").setInputFiles(new FilePayload("cong-van-cu.doc", "application/msword",
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}));
        PlaywrightAssertions.assertThat(dialog.locator(".cvd-reader-filename")).hasText("cong-van-cu.doc");
        dialog.locator(".cvd-reader-submit").click();
        PlaywrightAssertions.assertThat(dialog.locator(".cvd-reader-error")).containsText("Word cũ");
        shot(page, "vanthu-upload-doc-refused");
        expectedFailures = 0;
        assertThat(count("select count(*) from incoming_document")).as("nothing kept of a refused file")
                .isEqualTo(documentsBefore);

        dialog.locator(".cvd-reader-file").setInputFiles(SEED);
        PlaywrightAssertions.assertThat(dialog.locator(".cvd-reader-error")).isHidden();
        dialog.locator(".cvd-reader-submit").click();
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        page.waitForURL(Pattern.compile(".*[?&]task=[0-9a-f-]{36}.*"));
        String taskId = Pattern.compile(".*[?&]task=([0-9a-f-]{36}).*").matcher(page.url()).replaceAll("$1");
        assertThat(jdbc.queryForObject("select assignee_ from act_ru_task where id_ = ?", String.class, taskId))
                .as("the sender registers it").isEqualTo("vanthu");
        return taskId;
    }

    private long register(String taskId) {
        Page page = lastPage;
        Locator form = page.locator(".task-details .fjs-form");
        form.waitFor();
        page.locator(".task-details .fjs-form-field").first().waitFor();
        PlaywrightAssertions.assertThat(page.locator(".task-details h2").first())
                .containsText("Kiểm tra, vào sổ văn bản đến — " + NUMBER);
        PlaywrightAssertions.assertThat(page.locator(".task-details .disabled-form")).hasCount(0);
        assertThat(field(form, "Số, ký hiệu").locator("input").inputValue()).isEqualTo(NUMBER);
        assertThat(field(form, "Cơ quan ban hành").locator("input").inputValue())
                .isEqualTo("Ban Tuyên giáo Thành ủy Bắc Kạn");
        assertThat(field(form, "Ngày ban hành").locator("input").inputValue()).isEqualTo("20/03/2024");
        assertThat(field(form, "Trích yếu").locator("textarea").inputValue())
                .startsWith("Tiếp tục thực hiện có hiệu quả việc học tập");
        assertThat(field(form, "Loại văn bản").locator("input").inputValue()).startsWith("Công văn");
        // the original, as uploaded, opens from the form
        Locator original = form.locator("a", new Locator.LocatorOptions().setHasText("Mở tệp gốc"));
        APIResponse file = page.request().get(base() + original.getAttribute("href"));
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.text()).isEqualTo(seedText());
        shot(page, "vanthu-register-prefilled");

        Locator received = field(form, "Ngày đến").locator("input");
        if (received.inputValue().isBlank()) {
            type(received, DMY.format(today()));
        }
        // the reader's "trong quý I hàng năm" is the document's yearly rhythm; the clerk writes this year's date
        type(field(form, "Hạn báo cáo lên cấp trên").locator("input"), "trước ngày " + DMY.format(today().plusDays(20)));
        assertNoEnglish(form);
        shot(page, "vanthu-register-filled");
        complete(page, "vanthu-register");
        Map<String, Object> row = jdbc.queryForMap("select id, register_number from incoming_document "
                + "where process_instance_id = (select proc_inst_id_ from act_hi_taskinst where id_ = ?)", taskId);
        assertThat(row.get("REGISTER_NUMBER")).as("số đến given").isNotNull();
        return ((Number) row.get("ID")).longValue();
    }

    private void direct() {
        Page page = login("phobithu");
        Locator form = openTask(page, "Việc của đơn vị", "Cho ý kiến chỉ đạo", Duration.ofSeconds(20));
        claim(page);
        assertThat(form.locator(".fjs-form-field-text").first().textContent()).contains("Số đến").contains(NUMBER);
        radio(form, "Hướng xử lý", "Giao đơn vị thực hiện");
        type(field(form, "Ý kiến chỉ đạo").locator("textarea"), "Giao Ủy ban MTTQ huyện chủ trì thực hiện.");
        Locator rows = form.locator(".fjs-form-field-dynamiclist .fjs-repeat-row-container");
        rows.first().waitFor();
        assertThat(rows.count()).as("the document's points proposed").isGreaterThan(1);
        assertThat(field(rows.first(), "Thời hạn").locator("input").inputValue())
                .isEqualTo("xong trước ngày 30/3 hằng năm");
        shot(page, "phobithu-direct-proposed");
        // the leader keeps the first point, for MTTQ, by a date of this year
        while (rows.count() > 1) {
            int before = rows.count();
            rows.last().locator(".fjs-repeat-row-remove").click();
            PlaywrightAssertions.assertThat(rows).hasCount(before - 1);
        }
        Locator lead = field(rows.first(), "Đơn vị chủ trì");
        lead.locator("input").click();
        Locator option = page.locator(".fjs-dropdownlist-item", new Page.LocatorOptions().setHasText(MTTQ)).first();
        option.waitFor();
        option.dispatchEvent("mousedown");
        // a searchable select shows its choice in its input
        PlaywrightAssertions.assertThat(lead.locator("input")).hasValue(MTTQ);
        type(field(rows.first(), "Thời hạn").locator("input"), "trước ngày " + DMY.format(today().plusDays(10)));
        assertNoEnglish(form);
        shot(page, "phobithu-direct-assign");
        complete(page, "phobithu-direct");
    }

    /** MTTQ in the browser: acknowledges, carries out its assignment, reports. */
    private void unitWork() {
        Page page = login("mttq");
        // a unit registers nothing: once the server has said so, the navbar has no "Vào sổ văn bản đến"
        page.waitForResponse(r -> r.url().endsWith("/api/incoming/receivers"), () -> page.reload());
        page.locator(".tasks-list").first().waitFor();
        PlaywrightAssertions.assertThat(page.locator(".cvd-incoming-open")).hasCount(0);
        PlaywrightAssertions.assertThat(page.locator("li.incoming-upload-action")).isHidden();
        Locator form = openTask(page, "Việc của đơn vị", "Xác nhận đã nhận văn bản — " + NUMBER, ASYNC);
        claim(page);
        assertThat(form.locator(".fjs-form-field-text").first().textContent()).contains(MTTQ).contains(NUMBER);
        type(field(form, "Người (bộ phận) chủ trì thực hiện").locator("input"), "Đồng chí Phó Chủ tịch phụ trách");
        shot(page, "mttq-acknowledge");
        complete(page, "mttq-acknowledge");

        form = openTask(page, "Việc của đơn vị", "Thực hiện nhiệm vụ số 1", ASYNC);
        claim(page);
        radio(form, "Tình hình thực hiện", "Đã hoàn thành nhiệm vụ");
        type(field(form, "Kết quả thực hiện").locator("textarea"), "Đã tổ chức học tập chuyên đề năm 2024.");
        shot(page, "mttq-assignment");
        complete(page, "mttq-assignment");

        form = openTask(page, "Việc của đơn vị", "Báo cáo kết quả", ASYNC);
        claim(page);
        type(field(form, "Báo cáo kết quả thực hiện").locator("textarea"),
                "Đã tổ chức học tập chuyên đề cho 100% đoàn viên, hội viên.");
        type(field(form, "Tài liệu kiểm chứng").locator("input"), "12-BC/MTTQ");
        shot(page, "mttq-report");
        complete(page, "mttq-report");
    }

    private long reportUpward(long incomingId) {
        Page page = login("soanthao");
        Locator form = openTask(page, "Báo cáo chờ duyệt", "Duyệt báo cáo của " + MTTQ, ASYNC);
        claim(page);
        radio(form, "Kết quả duyệt", "Chấp nhận báo cáo");
        shot(page, "soanthao-accept-unit-report");
        complete(page, "soanthao-accept-unit-report");

        // the accepted report reaches the directive asynchronously; the upward report's proposal is gathered when
        // the office takes the task, so it is taken once MTTQ's work has ended
        long end = System.nanoTime() + ASYNC.toNanos();
        while (count("select count(*) from recipient r join act_hi_procinst p on p.id_ = r.process_instance_id "
                + "where p.end_time_ is not null") == 0) {
            assertThat(System.nanoTime()).as("MTTQ's work ended within " + ASYNC).isLessThan(end);
            page.waitForTimeout(500);
        }
        form = openTask(page, "Việc của đơn vị", "Viết báo cáo lên cấp trên", ASYNC);
        claim(page);
        Locator body = field(form, "Nội dung báo cáo").locator("textarea");
        // the proposal is gathered when the task is taken, and shown then (document-reader.js reads it again)
        PlaywrightAssertions.assertThat(body).hasValue(Pattern.compile(MTTQ));
        assertThat(field(form, "Kết quả của các đơn vị đến nay").locator("textarea").inputValue()).contains(MTTQ);
        Locator signer = field(form, "Người ký");
        signer.locator(".fjs-input-group, .fjs-select-display, input").first().click();
        Locator option = page.locator(".fjs-dropdownlist-item",
                new Page.LocatorOptions().setHasText("Hoàng Văn Minh")).first();
        option.waitFor();
        option.dispatchEvent("mousedown");
        PlaywrightAssertions.assertThat(signer).containsText("Hoàng Văn Minh");
        assertNoEnglish(form);
        shot(page, "soanthao-report-upward");
        complete(page, "soanthao-report-upward");
        return incomingId;
    }

    private void sign(long reportOf, long incomingId) {
        Page page = login("phobithu");
        Locator form = openTask(page, "Việc của tôi", "Ký báo cáo", ASYNC);
        assertThat(field(form, "Nội dung báo cáo").locator("textarea").inputValue()).contains(MTTQ);
        radio(form, "Quyết định", "Ký báo cáo");
        assertNoEnglish(form);
        shot(page, "phobithu-sign");
        complete(page, "phobithu-sign");
        Map<String, Object> bc = jdbc.queryForMap("select d.id, d.document_number from directive d join "
                + "incoming_document i on i.report_directive_id = d.id where i.id = ?", incomingId);
        assertThat((String) bc.get("DOCUMENT_NUMBER")).matches("\\d+-BC/HU");
        // the link the process keeps for the issued report (reportLinks), opened with the signer's session
        String links = jdbc.queryForObject("select v.text_ from act_hi_varinst v join incoming_document i on "
                + "i.process_instance_id = v.proc_inst_id_ where v.name_ = 'reportLinks' and i.id = ?", String.class,
                incomingId);
        java.util.regex.Matcher link = Pattern.compile("\\[PDF\\]\\(([^)]+)\\)").matcher(links);
        assertThat(link.find()).as(links).isTrue();
        assertThat(link.group(1)).isEqualTo("/api/directives/" + bc.get("ID") + "/document.pdf");
        APIResponse pdf = page.request().get(base() + link.group(1));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(reportOf).isEqualTo(incomingId);
    }

    /**
     * The drafter starts a Công văn (its subject typed on the start form), then reads the seed into the draft: the
     * typed subject is kept when they choose so, the empty fields are filled.
     */
    private void importIntoDraft() {
        Page page = login("soanthao");
        String subject = "V/v học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";
        page.click("a:has-text(\"Khởi tạo quy trình\")");
        page.locator(".modal-dialog a:has-text(\"Công văn\")").click();
        Locator start = page.locator(".modal-dialog .fjs-form");
        start.waitFor();
        type(field(start, "Trích yếu").locator("input"), subject);
        page.evaluate(BLUR);
        page.click(".modal-dialog button:has-text(\"Khởi tạo\")");
        page.locator(".modal-dialog").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        Locator form = openTask(page, "Việc của tôi", "Soạn thảo văn bản — " + subject, Duration.ofSeconds(20));
        Locator button = page.locator(".task-details .cvd-reader-import");
        PlaywrightAssertions.assertThat(button).hasText(Pattern.compile("\\s*Nhập từ văn bản có sẵn\\s*"));
        shot(page, "soanthao-draft-with-import");

        button.click();
        Locator dialog = page.locator(".cvd-reader-dialog");
        dialog.locator(".cvd-reader-text").fill(seedText());
        dialog.locator(".cvd-reader-submit").click();
        Locator confirm = dialog.locator(".cvd-reader-confirm");
        PlaywrightAssertions.assertThat(confirm).containsText("Trích yếu");
        assertThat(confirm.textContent()).doesNotContain("Căn cứ");
        shot(page, "soanthao-import-confirm");
        confirm.locator(".cvd-reader-keep").click();
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));

        assertThat(field(form, "Trích yếu (V/v …)").locator("input").inputValue()).as("the drafter's subject kept")
                .isEqualTo(subject);
        assertThat(field(form, "Căn cứ").locator("textarea").inputValue())
                .startsWith("Căn cứ Kế hoạch số 215-KH/TU ngày 23/02/2024");
        // a group's tag reads "Các chi, đảng bộ trực thuộc (nhóm N đơn vị)"
        assertThat(field(form, "Kính gửi").locator(".fjs-taglist-tag").allInnerTexts())
                .singleElement().asString().startsWith("Các chi, đảng bộ trực thuộc");
        Locator rows = form.locator(".fjs-form-field-dynamiclist .fjs-repeat-row-container");
        PlaywrightAssertions.assertThat(rows).hasCount(5);
        assertThat(field(rows.first(), "Nội dung nhiệm vụ").locator("textarea").inputValue())
                .startsWith("Sau khi xây dựng kế hoạch");
        assertThat(field(rows.first(), "Thời hạn").locator("input").inputValue())
                .isEqualTo("xong trước ngày 30/3 hằng năm");
        assertThat(field(rows.first(), "Đơn vị thực hiện").locator(".fjs-taglist-tag").allInnerTexts())
                .singleElement().asString().startsWith("Các chi, đảng bộ trực thuộc");
        assertThat(field(rows.last(), "Đơn vị thực hiện").locator(".fjs-taglist-tag").count())
                .as("units the directory does not know are left to the drafter").isZero();
        assertThat(field(form, "Nơi nhận (mỗi dòng một nơi)").locator("textarea").inputValue())
                .startsWith("Như trên\nThường trực Thành ủy (b/c)");
        Locator result = page.locator(".task-details .cvd-reader-result");
        PlaywrightAssertions.assertThat(result).containsText("Đã điền từ văn bản: Căn cứ");
        PlaywrightAssertions.assertThat(result).containsText("Trung tâm Văn hóa");
        assertNoEnglish(form);
        shot(page, "soanthao-draft-imported");

        // a second read with "Thay" replaces the subject
        button.click();
        dialog.locator(".cvd-reader-text").fill(seedText());
        dialog.locator(".cvd-reader-submit").click();
        PlaywrightAssertions.assertThat(confirm).containsText("Trích yếu");
        confirm.locator(".cvd-reader-replace").click();
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat(field(form, "Trích yếu (V/v …)").locator("input").inputValue())
                .startsWith("Tiếp tục thực hiện có hiệu quả");
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
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh").setViewportSize(1400, 1000));
        contexts.add(context);
        Page page = context.newPage();
        lastPage = page;
        page.setDefaultTimeout(90_000);
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                if (expectedFailures > 0 && m.text().contains("status of 400")) {
                    return;
                }
                if (m.text().contains("status of 404") && goneTask(m.location().replaceAll(":\\d+:\\d+$", ""))) {
                    return;
                }
                consoleErrors.add(user + ": " + m.text() + " @ " + m.location());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400 && r.url().startsWith(base())) {
                if (expectedFailures > 0 && r.status() == 400 && r.url().contains("/api/incoming")) {
                    return;
                }
                if (r.status() == 404 && goneTask(r.url())) {
                    return;
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

    private void complete(Page page, String what) {
        TasklistUi.complete(page, what, "Đã hoàn thành", p -> shot(p, what + "-not-completed"));
    }

    // ---- helpers ----

    private boolean goneTask(String url) {
        return TasklistUi.goneTask(jdbc, url);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private static String seedText() {
        try {
            return Files.readString(SEED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** The whole page (the task column scrolls), checked for English first. */
    private void shot(Page page, String name) {
        step++;
        List<String> found = EnglishText.find(TasklistUi.readableText(page));
        if (!found.isEmpty()) {
            english.add(name + ": " + found);
        }
        TasklistUi.screenshot(page, SHOTS.resolve(String.format("%s%02d-%s.png", prefix, step, name)));
    }
}
