package vn.dang.chidao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.WaitForSelectorState;

/** What the browser walks do in Camunda Tasklist and its form-js forms, as a person does it. */
final class TasklistUi {

    static final String BLUR = "() => document.activeElement && document.activeElement.blur()";

    private TasklistUi() {
    }

    static void signIn(Page page, String user) {
        String name = "input[ng-model=\"username\"]";
        String password = "input[ng-model=\"password\"]";
        // the login view can re-render while it is being filled (seen once in CI: the password landed in the
        // user name); fill again until both fields hold what a person typed
        for (int attempt = 1; ; attempt++) {
            page.fill(name, user);
            page.fill(password, "demo");
            if ((user.equals(page.inputValue(name)) && "demo".equals(page.inputValue(password))) || attempt == 5) {
                break;
            }
            page.waitForTimeout(500);
        }
        page.click("form[name=\"signinForm\"] button[type=\"submit\"]");
    }

    /**
     * Opens the first task of the filter whose name contains the text, refreshing until it shows up.
     *
     * @param missing takes a picture before the walk fails
     */
    static Locator openTask(Page page, String filter, String name, Duration timeout, Consumer<Page> missing) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            page.locator(".task-filter h4.name a", new Page.LocatorOptions().setHasText(filter)).first().click();
            page.locator(".tasks-list").first().waitFor();
            // the list loads after the filter is chosen; its counter shows when it has
            page.waitForLoadState();
            Locator task = page.locator(".tasks-list li.task", new Page.LocatorOptions().setHasText(name)).first();
            try {
                task.waitFor(new Locator.WaitForOptions().setTimeout(3_000));
                task.locator("a").first().click();
                Locator form = page.locator(".task-details .fjs-form");
                form.waitFor();
                page.locator(".task-details .fjs-form-field").first().waitFor();
                return form;
            } catch (PlaywrightException notYet) {
                if (System.nanoTime() > end) {
                    missing.accept(page);
                    fail("no task \"" + name + "\" in \"" + filter + "\" within " + timeout.toSeconds() + " s");
                }
                page.reload();
                page.locator(".tasks-list").first().waitFor();
            }
        }
    }

    static void claim(Page page) {
        Locator claim = page.locator(".task-details a:has-text(\"Nhận việc\"), "
                + ".task-details button:has-text(\"Nhận việc\")").first();
        if (claim.count() > 0 && claim.isVisible()) {
            claim.click();
            claim.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        }
    }

    /**
     * Clicks "Hoàn thành" and waits until Tasklist has closed the task and confirmed; a refused form fails the walk
     * with its messages.
     *
     * @param refused takes a picture before the walk fails
     */
    static void complete(Page page, String what, String confirmation, Consumer<Page> refused) {
        page.evaluate(BLUR);
        Locator button = page.locator(".task-details button:has-text(\"Hoàn thành\")");
        try {
            button.click();
            page.locator(".task-details .fjs-form").waitFor(new Locator.WaitForOptions()
                    .setState(WaitForSelectorState.DETACHED).setTimeout(20_000));
            PlaywrightAssertions.assertThat(page.locator(".page-notifications .alert-success").last())
                    .containsText(confirmation);
        } catch (PlaywrightException e) {
            refused.accept(page);
            // name the fields in error: the messages alone ("Trường này bắt buộc phải nhập.") do not say which
            Object errors = page.evaluate("() => [...document.querySelectorAll('.task-details .fjs-form-field-error')]"
                    + ".map(e => { const f = e.closest('.fjs-form-field');"
                    + " const l = f && f.querySelector('.fjs-form-field-label');"
                    + " return (l ? l.textContent.trim() : '?') + ': ' + e.textContent.trim(); })"
                    + ".concat([...document.querySelectorAll('.task-details .cvd-field-refusal, "
                    + ".task-details .cvd-refusal')].map(e => e.textContent.trim()))");
            fail(what + ": the task did not complete. Form errors: " + errors + "; notifications: "
                    + page.locator(".notifications, .page-notifications").allInnerTexts(), e);
        }
    }

    /**
     * Types into a form-js field and leaves it, as a person does: form-js keeps typed text in a debounced change
     * until the field loses focus, and a re-render inside that window would show the old value again.
     */
    static void type(Locator input, String text) {
        input.fill(text);
        input.evaluate("e => e.blur()");
        PlaywrightAssertions.assertThat(input).hasValue(text);
    }

    /** The form field whose label is exactly the text (a required field's label ends in "*"). */
    static Locator field(Locator scope, String label) {
        return labelled(scope, label).first();
    }

    /** Every form field labelled so, in order (the same field in each item of a list). */
    static Locator labelled(Locator scope, String label) {
        // Playwright hands the pattern to JavaScript, which knows no \Q…\E: escape by hand
        String literal = label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        Pattern exact = Pattern.compile("^\\s*" + literal + "\\s*\\*?\\s*$");
        return scope.locator(".fjs-form-field-label", new Locator.LocatorOptions().setHasText(exact))
                .locator("xpath=..");
    }

    static void radio(Locator form, String label, String option) {
        field(form, label).locator("label", new Locator.LocatorOptions().setHasText(option)).first().click();
    }

    /** form-js' own English ("Select", "Search", "Add new" …) must not reach the clerk. */
    static void assertNoEnglish(Locator form) {
        assertThat(form.innerText()).doesNotContain("Select").doesNotContain("Add new")
                .doesNotContain("Search").doesNotContain("Nothing to show");
        assertThat(form.locator("[placeholder=\"Search\"]").count()).isZero();
    }

    /** A GET of one task (Tasklist's task view) that no longer exists because it was completed. */
    static boolean goneTask(JdbcTemplate jdbc, String url) {
        java.util.regex.Matcher m = Pattern.compile(".*/task/([0-9a-f-]{36})$").matcher(url == null ? "" : url);
        return m.matches() && jdbc.queryForObject("select count(*) from act_ru_task where id_ = ?", Integer.class,
                m.group(1)) == 0 && jdbc.queryForObject("select count(*) from act_hi_taskinst where id_ = ? and "
                + "end_time_ is not null", Integer.class, m.group(1)) == 1;
    }

    /** What a person reads on this screen: the text, the placeholders and the tooltips. */
    static String readableText(Page page) {
        return String.valueOf(page.evaluate("() => document.body.innerText + '\\n' + [...document.querySelectorAll("
                + "'[placeholder], [title]')].map(e => (e.getAttribute('placeholder') || '') + ' '"
                + " + (e.getAttribute('title') || '')).join('\\n')"));
    }

    /** A picture of the whole page: the task column scrolls, so the window grows to the content first. */
    static void screenshot(Page page, Path file) {
        var size = page.viewportSize();
        Object height = page.evaluate("() => { let h = document.documentElement.scrollHeight;"
                + " document.querySelectorAll('*').forEach(e => { const s = getComputedStyle(e).overflowY;"
                + " if ((s === 'auto' || s === 'scroll') && e.scrollHeight > e.clientHeight)"
                + " h = Math.max(h, e.scrollHeight + 250); }); return h; }");
        int full = Math.min(Math.max(((Number) height).intValue(), size.height), 6000);
        try {
            page.setViewportSize(size.width, full);
            page.screenshot(new Page.ScreenshotOptions().setPath(file));
        } finally {
            page.setViewportSize(size.width, size.height);
        }
        if (!Files.exists(file)) {
            throw new UncheckedIOException(new IOException("no screenshot " + file));
        }
    }
}
