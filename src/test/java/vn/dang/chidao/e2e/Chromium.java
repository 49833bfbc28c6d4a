package vn.dang.chidao.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/** Debian's Chromium, driven by Playwright (which must never download a browser of its own). */
final class Chromium {

    static final Path PATH = Paths.get("/usr/bin/chromium");

    private Chromium() {
    }

    /** Skips the walk where Chromium is missing, except in CI (E2E_REQUIRE_BROWSER=1), where that fails it. */
    static void requireOrSkip() {
        if (!Files.isExecutable(PATH)) {
            if ("1".equals(System.getenv("E2E_REQUIRE_BROWSER"))) {
                fail(PATH + " is missing and E2E_REQUIRE_BROWSER=1: install it with apt-get install chromium");
            }
            Assumptions.abort(PATH + " not found: browser test skipped");
        }
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(PATH)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }
}
