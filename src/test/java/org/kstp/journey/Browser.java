package org.kstp.journey;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, never a downloaded browser. The flags keep Chromium from
 * reaching out to the network, which these machines do not have.
 */
final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("KSTP_CHROMIUM", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** A fresh page with its own cookies: one user's session. */
    Page newPage() {
        return chromium.newContext(new NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 900)).newPage();
    }

    /** A new session signed in through the login page, as a person would; fails unless the sign-in worked. */
    Page signIn(String baseUrl, String username, String password) {
        Page page = newPage();
        page.navigate(baseUrl + "/login");
        page.getByLabel("\u7528\u6237\u540d").fill(username);
        page.getByLabel("\u5bc6\u7801").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("\u767b\u5f55")).click();
        PlaywrightAssertions.assertThat(page.getByTestId("current-user")).isVisible();
        return page;
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
