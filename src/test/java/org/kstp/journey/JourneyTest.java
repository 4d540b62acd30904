package org.kstp.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser journey shares: one Chromium per test class, the server's address, signing in. Tagged
 * "browser" so the fast suite can leave them out: {@code ./mvnw verify -DexcludedGroups=browser}.
 */
@Tag("browser")
abstract class JourneyTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /** A new browser session signed in through the login page. */
    Page signIn(String username, String password) {
        return browser.signIn(url(""), username, password);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Clicks the button with exactly this name. */
    static void click(Page page, String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }
}
