package vn.dang.chidao.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;

import vn.dang.chidao.administration.workbook.TestWorkbooks;
import vn.dang.chidao.web.EnglishText;
import vn.dang.chidao.web.OwnEngine;

/**
 * The Admin page "Danh mục đơn vị (Excel)" in Debian's Chromium: the administrator finds it on the dashboard,
 * uploads a workbook with bad rows and reads every row's message (nothing written), then a good one and reads the
 * counts. No English on the page, no console error but the refusal's own 400. Screenshots go to target/e2e-screenshots/.
 */
@Tag("slow") // a browser: failsafe, ./mvnw verify
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OwnEngine.class)
class DirectoryWorkbookBrowserTest {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "e2e-screenshots");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;

    private Playwright playwright;
    private Browser browser;

    @BeforeEach
    void startBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("1".equals(System.getenv("E2E_REQUIRE_BROWSER"))) {
                fail(CHROMIUM + " is missing and E2E_REQUIRE_BROWSER=1: install it with apt-get install chromium");
            }
            Assumptions.abort(CHROMIUM + " not found: browser test skipped (apt-get install chromium to run it)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterEach
    void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    /** The demo directory as the other tests of this context expect it. */
    @AfterEach
    void removeTheImportedUnit() {
        jdbc.update("delete from unit where code = 'cb-trinh-duyet'");
        identity.deleteGroup("cb-trinh-duyet");
    }

    @Test
    void theAdministratorUploadsABadAndThenAGoodWorkbook() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        long units = jdbc.queryForObject("select count(*) from unit", Long.class);
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setViewportSize(1300, 1000)).newPage();
        // two shared cores under other builds: the Admin app may take a while to load
        page.setDefaultTimeout(120_000);
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            // the refusal is a 400 by design; Chromium logs every 4xx answer as an error
            if ("error".equals(m.type()) && !m.text().contains("status of 400")) {
                errors.add(m.text());
            }
        });
        page.onPageError(errors::add);
        String admin = "http://localhost:" + port + "/camunda/app/admin/default/";
        page.navigate(admin + "#/login");
        page.fill("input[ng-model=\"username\"]", "demo");
        page.fill("input[ng-model=\"password\"]", "demo");
        page.click("form[name=\"signinForm\"] button[type=\"submit\"]");
        page.locator("a:has-text(\"Mở trang Danh mục đơn vị (Excel)\")").click();
        page.locator(".cvd-workbook").waitFor();
        assertThat(EnglishText.find(page.locator(".cvd-workbook").innerText())).isEmpty();

        page.setInputFiles("#cvd-workbook-file", new FilePayload("danh-muc.xlsx", XLSX, new TestWorkbooks().units()
                .row("cb-moi", "Chi bộ mới", "hu-bao-yen", "Chi bộ")
                .row("cb-lac", "Chi bộ lạc", "khong-co", "Chi bộ")
                .row("cb-moi", "Chi bộ mới (lặp)", "hu-bao-yen", "Chi bộ").bytes()));
        assertThat(page.locator(".cvd-workbook-chosen").innerText()).isEqualTo("danh-muc.xlsx");
        page.click(".cvd-workbook button[type=\"submit\"]");
        page.locator(".cvd-workbook-problems").waitFor();
        assertThat(page.locator(".cvd-workbook-result strong").innerText())
                .isEqualTo("Sổ tính có 2 lỗi; không có gì được ghi. Sửa các dòng dưới đây rồi tải lên lại.");
        assertThat(page.locator(".cvd-workbook-problems li").allInnerTexts()).containsExactly(
                "Dòng 3 (trang Đơn vị): đơn vị cấp trên 'khong-co' của 'cb-lac' không có trong tệp và chưa có trong "
                        + "danh mục.",
                "Dòng 4 (trang Đơn vị): mã đơn vị 'cb-moi' đã có ở dòng 2.");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("admin-workbook-refused.png")));
        assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).isEqualTo(units);

        page.setInputFiles("#cvd-workbook-file", new FilePayload("danh-muc.xlsx", XLSX, new TestWorkbooks().units()
                .row("cb-trinh-duyet", "Chi bộ thôn Trình Duyệt", "du-bao-ha", "Chi bộ").bytes()));
        page.click(".cvd-workbook button[type=\"submit\"]");
        page.locator(".cvd-workbook-counts").waitFor();
        assertThat(page.locator(".cvd-workbook-counts tbody tr").first().innerText())
                .isEqualTo("Đơn vị\t1\t0\t0");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("admin-workbook-imported.png")));
        assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).isEqualTo(units + 1);
        assertThat(errors).as("browser console errors").isEmpty();
    }
}
