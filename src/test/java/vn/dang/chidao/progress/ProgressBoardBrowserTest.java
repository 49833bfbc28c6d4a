package vn.dang.chidao.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import vn.dang.chidao.reporting.SummaryService;
import vn.dang.chidao.reporting.UnitSummary;

/**
 * The Cockpit plugin "Theo dõi thực hiện" in a real browser (Debian's Chromium): the manager logs in,
 * the dashboard shows the directive with the database's figures, the units open on demand and link to
 * their unit-work instances, whose page has the tab with the unit highlighted. Screenshots go to
 * target/e2e-screenshots/. Any console error of the page fails the test.
 */
class ProgressBoardBrowserTest extends ProgressAppTestBase {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "e2e-screenshots");
    /** Cockpit's own first-visit probe for the Welcome app, which this distribution does not serve. */
    static final String WELCOME_PROBE = "/camunda-welcome";

    @Autowired
    SummaryService summaries;

    private Playwright playwright;
    private Browser browser;
    private ProcessEngine displaced;

    @Override
    String subject() {
        return "V/v tổ chức sinh hoạt chính trị về Nghị quyết Đại hội Đảng bộ huyện";
    }

    /**
     * The webapps (Cockpit and its engine API) look their engine up by name in the JVM-wide
     * {@link ProcessEngines} map, where a test context started after this one has put its own "default"
     * engine, with another in-memory database. Put this context's engine there while the browser runs,
     * and the displaced one back afterwards.
     */
    @BeforeAll
    void cockpitUsesThisContextsEngine() {
        ProcessEngine registered = ProcessEngines.getProcessEngines().get(engine.getName());
        if (registered != engine) {
            displaced = registered;
            ProcessEngines.registerProcessEngine(engine);
        }
    }

    @AfterAll
    void restoreTheRegistry() {
        if (displaced != null) {
            ProcessEngines.registerProcessEngine(displaced);
        }
    }

    @BeforeAll
    void startBrowser() {
        boolean required = "1".equals(System.getenv("E2E_REQUIRE_BROWSER"));
        if (!Files.isExecutable(CHROMIUM)) {
            if (required) {
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

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void theManagerFollowsTheUnitsOnTheDashboard() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh").setViewportSize(1500, 1100));
        Page page = context.newPage();
        // generous: on a loaded 2-core machine the first Tasklist load took over 30 s
        page.setDefaultTimeout(90_000);
        try {
            followTheUnits(page);
        } catch (RuntimeException | AssertionError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("progress-failure.png")));
            Files.writeString(SCREENSHOTS.resolve("progress-failure.html"), page.content());
            throw e;
        } finally {
            context.close();
        }
    }

    private void followTheUnits(Page page) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.location().contains(WELCOME_PROBE)) {
                errors.add(m.text() + " @ " + m.location());
            }
        });
        page.onPageError(e -> errors.add("page error: " + e));
        String cockpit = "http://localhost:" + port + "/camunda/app/cockpit/default/";

        page.navigate(cockpit + "#/login");
        page.fill("input[ng-model=\"username\"]", "quanly");
        page.fill("input[ng-model=\"password\"]", "demo");
        page.click("form[name=\"signinForm\"] button[type=\"submit\"]");

        // the dashboard's plugin section: one row per directive with the counts per status
        Locator row = page.locator(".cvd-board tr[data-directive-id=\"" + directiveId + "\"]");
        row.waitFor();
        assertThat(page.locator(".cvd-board h3").textContent()).isEqualTo("Theo dõi thực hiện văn bản chỉ đạo");
        List<UnitSummary> lines = summaries.summarize(directiveId);
        assertThat(cell(row, "units")).isEqualTo(String.valueOf(
                count("select count(*) from recipient where directive_id = ?", directiveId)));
        assertThat(cell(row, "inTime")).isEqualTo(countOf(lines, "IN_TIME")).isEqualTo("1");
        assertThat(cell(row, "overdue")).isEqualTo(countOf(lines, "OVERDUE")).isEqualTo("1");
        assertThat(cell(row, "doneInTime")).isEqualTo(countOf(lines, "DONE_IN_TIME")).isEqualTo("1");
        assertThat(cell(row, "doneLate")).isEqualTo(countOf(lines, "DONE_LATE")).isEqualTo("1");
        assertThat(cell(row, "reportsAccepted")).isEqualTo(
                count("select count(*) from recipient where directive_id = ? and status = 'ACCEPTED'", directiveId)
                        + "/" + lines.size());
        assertThat(row.textContent()).contains(jdbc.queryForObject(
                "select document_number from directive where id = ?", String.class, directiveId))
                .contains(subject()).contains("Huyện ủy Bảo Yên");

        // the units of the directive, each with its status and a link to its own process instance
        row.locator(".cvd-toggle").click();
        Locator units = page.locator(".cvd-board .cvd-unit-table tbody tr");
        units.first().waitFor();
        assertThat(units.count()).isEqualTo(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Locator unit = units.nth(i);
            assertThat(unit.getAttribute("data-unit-code")).isEqualTo(lines.get(i).unitCode());
            assertThat(unit.getAttribute("data-status")).isEqualTo(lines.get(i).status().name());
            assertThat(unit.textContent()).contains(lines.get(i).unitName()).contains(lines.get(i).status().label());
        }
        Locator late = page.locator(".cvd-unit-table tr[data-unit-code=\"du-bao-ha\"]");
        assertThat(late.textContent()).contains("Quá hạn 2 ngày").contains("Chưa báo cáo");
        assertThat(late.locator("a").getAttribute("href"))
                .isEqualTo("#/process-instance/" + scenario.unitWork.get("du-bao-ha") + "/runtime");
        assertThat(page.locator(".cvd-unit-table tr[data-unit-code=\"cb-thpt-bao-yen\"]").textContent())
                .contains("Còn 28 ngày");
        assertThat(page.locator(".cvd-unit-table tr[data-unit-code=\"btg-bao-yen\"]").textContent())
                .contains("Báo cáo chậm 2 ngày").contains("Đã kết thúc");
        assertThat(row.locator("a:has-text(\"Tải Excel\")").getAttribute("href"))
                .isEqualTo("/api/progress/" + directiveId + ".xlsx");
        // the board sits in Cockpit's scrolling pane: make the window tall enough to show all of it at once
        Locator board = page.locator(".cvd-board");
        int height = (int) Math.ceil(board.boundingBox().height);
        page.setViewportSize(1500, Math.min(Math.max(1100, height + 300), 4000));
        board.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("progress-board.png")));
        page.setViewportSize(1500, 1100);

        // filters: another issuing body shows none of it
        page.selectOption(".cvd-filters select >> nth=0", "btg-bao-yen");
        page.click(".cvd-filters button[type=\"submit\"]");
        page.locator(".cvd-board .cvd-message").waitFor();
        assertThat(page.locator(".cvd-board tr[data-directive-id=\"" + directiveId + "\"]").count()).isZero();

        // click-through to the unit's instance; its tab shows the directive with this unit highlighted
        page.click("text=Bỏ lọc");
        row.waitFor();
        row.locator(".cvd-toggle").click();
        late.locator("a").click();
        page.waitForURL("**/process-instance/" + scenario.unitWork.get("du-bao-ha") + "/runtime**");
        page.locator(".nav-tabs >> text=Theo dõi thực hiện").click();
        Locator focus = page.locator(".cvd-instance tr.cvd-focus");
        focus.waitFor();
        assertThat(focus.getAttribute("data-unit-code")).isEqualTo("du-bao-ha");
        assertThat(page.locator(".cvd-instance h3").textContent()).endsWith("— Công văn");
        assertThat(focus.textContent()).contains("Đơn vị của quy trình đang xem");
        page.locator("a.hide-collapsable.vertical-collapse >> visible=true").first().click(); // hide the diagram
        page.waitForTimeout(1000); // its animation
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("progress-instance-tab.png")));

        // the board also has a page of its own in the navigation
        page.click("[cam-widget-header] a[href=\"#/theo-doi-thuc-hien\"]");
        page.locator(".cvd-page tr[data-directive-id=\"" + directiveId + "\"]").waitFor();

        assertThat(errors).as("browser console errors").isEmpty();
    }

    private static String cell(Locator row, String name) {
        return row.locator("td[data-count=\"" + name + "\"]").textContent().strip();
    }

    private static String countOf(List<UnitSummary> lines, String status) {
        return String.valueOf(lines.stream().filter(l -> l.status().name().equals(status)).count());
    }
}
