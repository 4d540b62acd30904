package org.kstp.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;

/**
 * The shell in a real browser: the sidebar leads to the pages, the breadcrumb follows, the language
 * switch works, and at phone width (360 px) the sidebar is a drawer and no page overflows sideways.
 */
@KstpIntegrationTest
class ShellJourneyTest extends JourneyTest {

    private static final List<String> PAGES = List.of("/workbench", "/proposals", "/projects", "/demands",
            "/directory/organisations", "/experts", "/integrity", "/audit", "/directory/people");

    @Test
    void theSidebarLeadsToTheListsAndTheLanguageSwitchTranslatesThePage() {
        Page bureau = signIn("bureau.admin", KstpIntegrationTest.DEMO_PASSWORD);
        assertThat(bureau.getByTestId("sidebar")).isVisible();
        bureau.getByTestId("nav-proposals").click();
        bureau.waitForURL("**/proposals");
        assertThat(bureau.getByTestId("nav-proposals")).hasAttribute("aria-current", "page");
        assertThat(bureau.getByTestId("breadcrumb")).containsText("\u7533\u62a5\u7ba1\u7406");
        assertThat(bureau.getByTestId("list-count")).isVisible();

        bureau.getByTestId("language-switch").click();
        bureau.getByText("English", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(bureau.getByTestId("breadcrumb")).containsText("Applications");
        bureau.getByTestId("language-switch").click();
        bureau.getByText("\u4e2d\u6587", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(bureau.getByTestId("breadcrumb")).containsText("\u7533\u62a5\u7ba1\u7406");
    }

    @Test
    void atPhoneWidthTheSidebarIsADrawerAndNoPageOverflows() {
        Page bureau = signIn("bureau.admin", KstpIntegrationTest.DEMO_PASSWORD);
        bureau.setViewportSize(360, 740);
        for (String path : PAGES) {
            bureau.navigate(url(path));
            Object overflow = bureau.evaluate("document.documentElement.scrollWidth - window.innerWidth");
            bureau.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target/screenshots/phone" + path.replace('/', '-') + ".png")));
            assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s at 360 px", path).isLessThanOrEqualTo(0);
        }
        bureau.navigate(url("/workbench"));
        assertThat(bureau.getByTestId("sidebar")).not().isVisible();
        bureau.getByTestId("sidebar-toggle").click();
        assertThat(bureau.getByTestId("sidebar")).isVisible();
        bureau.getByTestId("nav-projects").click();
        bureau.waitForURL("**/projects");
        assertThat(bureau.getByTestId("projects")).isVisible();
    }
}
