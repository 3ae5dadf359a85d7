package io.kezhi.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import io.kezhi.crm.testsupport.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Base of the browser journeys: Debian's Chromium driven by Playwright against the real application
 * (skipped with the reason when Chromium is missing, failing under CI=true), a Chinese page in
 * China's time zone, screenshots in target/screenshots/, and no JavaScript error tolerated.
 */
@Tag("browser")
abstract class BrowserTest extends ApiTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            if (TestDatabase.ci()) {
                throw new IllegalStateException("CI=true but " + CHROMIUM + " is missing (apt-get install chromium)");
            }
            Assumptions.abort("SKIPPED: " + CHROMIUM + " is missing; install Debian's chromium to run browser tests");
        }
        Files.createDirectories(SHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * Runs the journey in a fresh browser context; on failure saves the screenshot {@code failureShot},
     * and afterwards fails when the page raised any JavaScript error.
     */
    protected void inBrowser(String failureShot, Consumer<Page> journey) {
        List<String> pageErrors = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1440, 900).setLocale("zh-CN").setTimezoneId("Asia/Shanghai"))) {
            Page page = context.newPage();
            page.onPageError(pageErrors::add);
            page.setDefaultTimeout(15_000);
            try {
                journey.accept(page);
            } catch (RuntimeException | AssertionError e) {
                shot(page, failureShot);
                throw e;
            }
        }
        assertThat(pageErrors).as("JavaScript errors in the page").isEmpty();
    }

    /**
     * Types the company code on the sign-in page when the server asks for one. The page asks the
     * server after it is shown, so the field can appear after the username field: testing whether it
     * was visible raced with that request (a journey once typed no company code under load and waited
     * in vain for the page behind the sign-in).
     */
    protected void companyCodeIfAsked(Page page, TestCompany company) {
        try {
            String options = mvc.perform(MockMvcRequestBuilders.get("/api/v1/auth/options")).andReturn()
                    .getResponse().getContentAsString();
            if (json.readTree(options).get("companyRequired").asBoolean()) {
                field(page, "login-company").fill(company.code());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot ask for the sign-in options", e);
        }
    }

    protected String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A count from SQL with the company as {@code :t} and a name as {@code :n}. */
    protected long count(String sql, long tenant, String name) {
        return fixtures.jdbc().sql(sql).param("t", tenant).param("n", name).query(Long.class).single();
    }

    protected static Locator testId(Page page, String id) {
        return page.locator("[data-testid=\"" + id + "\"]").first();
    }

    /** Element Plus puts the test id on the native input of el-input; other fields wrap one. */
    protected static Locator field(Page page, String id) {
        return page.locator("input[data-testid=\"" + id + "\"], textarea[data-testid=\"" + id + "\"], [data-testid=\""
                + id + "\"] input").first();
    }

    /** A full-page screenshot once the page's transitions have ended (see {@link #settle(Page)}). */
    protected static void shot(Page page, String name) {
        settle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * Waits up to 2 s for Vue's enter and leave transitions (classes {@code *-enter-active}, {@code *-leave-active})
     * to end, so that a screenshot shows a state rather than a fade: a shot taken right after a confirmed return
     * showed both dialogs half faded over the page. A transition still running after that is shot as it is: the
     * screenshots document, the assertions test.
     */
    private static void settle(Page page) {
        try {
            page.waitForFunction("() => !document.querySelector('[class*=\"-enter-active\"], [class*=\"-leave-active\"]')",
                    null, new Page.WaitForFunctionOptions().setTimeout(2000));
        } catch (TimeoutError stillMoving) {
            // shoot as it is
        }
    }
}
