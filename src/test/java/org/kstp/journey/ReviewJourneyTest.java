package org.kstp.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;

import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.Role;
import org.kstp.expert.ExpertApi;
import org.kstp.expert.NewExpert;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;

import org.kstp.program.ProgramCommands;
import org.kstp.proposal.ProposalApi;

import org.kstp.proposal.domain.ProposalService;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5 in a real browser: staff create a round on a call of its own, choose its proposal, set k = 3
 * and draw; the SHA-256 commitment is on the page while the progress bar runs, then the outcome (no
 * violations) and the revealed seed. One drawn expert declines with a reason, staff confirm the
 * suggested replacement; three experts (the replacement among them) accept, declare no conflict and
 * submit the score sheet with the pledge. The ranking shows the funding line at the call's budget,
 * staff approve above the line, and the PI sees the reviews as 专家A/B/C, never by name.
 */
@KstpIntegrationTest
class ReviewJourneyTest extends JourneyTest {

    private static final String EXPERT_PASSWORD = "Expert-pass-1";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Autowired
    BusinessTime time;

    @Autowired
    Demo demo;
    @Autowired
    ProgramCommands programs;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalApi proposalApi;
    @Autowired
    IdentityApi identity;
    @Autowired
    ExpertApi experts;
    @Autowired
    DataSource dataSource;

    @Test
    void aRandomisedDrawAReplacedDeclineThreeReviewsTheFundingLineAndAnonymousFeedback() throws Exception {
        String tag = "j" + UUID.randomUUID().toString().substring(0, 6);
        Actor bureau = demo.actor("bureau.admin");
        // A call of its own with room for one 100,000 proposal: the reviewed one above the line, a rival below.
        String callTitle = "Journey call " + tag;
        UUID call = call(callTitle, bureau);
        Actor pi = demo.newApplicant();
        String title = "Jujube drip irrigation " + tag;
        UUID proposal = demo.formallyChecked(call, pi, title);
        demo.formallyChecked(call, demo.newApplicant(), "Jujube rival " + tag);
        poolOfEightExperts(tag);

        // 1. Staff create the round, choose the proposal and draw.
        Page staff = signIn("bureau.admin", KstpIntegrationTest.DEMO_PASSWORD);
        staff.navigate(url("/review/rounds"));
        Locator create = staff.getByTestId("round-create");
        create.locator("#callId").selectOption(new SelectOption().setLabel(callTitle));
        create.locator("#title").fill("Round " + tag);
        create.locator("#mode").selectOption("RANDOMISED");
        create.locator("#reviewersPerProposal").fill("3");
        create.locator("#pairCap").fill("0.5");
        // The due date comes prefilled (two weeks on) in the ISO form a date input can show.
        assertThat(create.locator("#reviewDue")).hasValue(time.today().plusWeeks(2).toString());
        create.locator("button[type=submit]").click();
        assertThat(staff.getByTestId("round-status")).hasText("\u8349\u7a3f");
        String roundUrl = staff.url();
        staff.locator("#p-" + proposal).check();
        staff.getByTestId("choose-proposals").locator("button[type=submit]").click();
        // Candidates per proposal are shown before any draw; none is short of ceil(3 / 0.5) = 6.
        assertThat(staff.getByTestId("shortages")).containsText(title);
        assertThat(staff.getByTestId("short")).hasCount(0);

        // Hold the draw at its saving step (inserting invitations waits for this lock) so the page can be
        // seen while it runs: committed hash shown, seed still hidden, progress bar polling.
        String commitment;
        try (Connection hold = dataSource.getConnection()) {
            hold.setAutoCommit(false);
            try (Statement s = hold.createStatement()) {
                s.execute("lock table review_round_invitation in share mode");
            }
            staff.getByTestId("draw").click();
            assertThat(staff.getByTestId("draw-progress")).isVisible();
            assertThat(staff.getByTestId("draw-progress").getByRole(AriaRole.PROGRESSBAR))
                    .isVisible();
            assertThat(staff.getByTestId("commitment").locator("code").first()).hasText(SHA256);
            assertThat(staff.getByTestId("seed")).hasCount(0);
            commitment = staff.getByTestId("commitment").locator("code").first().textContent().trim();
            hold.commit();
        }
        // htmx reloads the page once the draw is over.
        assertThat(staff.getByTestId("outcome")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(staff.getByTestId("violations")).hasText("0");
        assertThat(staff.getByTestId("commitment").locator("code").first()).hasText(commitment);
        String seed = staff.getByTestId("seed").textContent().trim();
        assertThat(sha256(seed)).isEqualTo(commitment);
        Locator invited = staff.locator("[data-testid=invitation][data-status=INVITED]");
        assertThat(invited).hasCount(3);
        List<UUID> drawn = expertsOf(invited);

        // 2. The first drawn expert declines with a reason; staff confirm the suggested replacement.
        UUID declining = drawn.getFirst();
        Page decliner = signInExpert(declining);
        UUID declinedAssignment = openAssignment(decliner, title);
        decliner.getByTestId("decline-reason").fill("\u0031\u0032\u6708\u51fa\u5dee");
        decliner.getByTestId("decline").click();
        decliner.waitForURL(url("/review/assignments"));
        assertThat(decliner.locator("a[href$='/review/assignments/" + declinedAssignment + "']")).hasCount(0);

        staff.navigate(roundUrl);
        Locator declinedRow = staff.locator("[data-testid=invitation][data-expert='" + declining + "']");
        assertThat(declinedRow).hasAttribute("data-status", "DECLINED");
        assertThat(declinedRow).containsText("\u0031\u0032\u6708\u51fa\u5dee");
        Locator suggested = staff.locator("[data-testid=invitation][data-status=SUGGESTED]");
        assertThat(suggested).hasCount(1);
        UUID replacement = UUID.fromString(suggested.getAttribute("data-expert"));
        assertThat(drawn).doesNotContain(replacement);
        suggested.getByTestId("confirm-replacement").click();
        Locator replacementRow = staff.locator("[data-testid=invitation][data-expert='" + replacement + "']");
        assertThat(replacementRow).hasAttribute("data-status", "INVITED");
        List<UUID> panel = expertsOf(staff.locator("[data-testid=invitation][data-status=INVITED]"));
        assertThat(panel).hasSize(3).contains(replacement).doesNotContain(declining);

        // 3. Three experts accept, declare no conflict and submit the score sheet with the pledge.
        List<String> names = new ArrayList<>();
        for (UUID expert : panel) {
            names.add(identity.account(expert).orElseThrow().displayName());
            Page page = signInExpert(expert);
            openAssignment(page, title);
            page.getByTestId("accept").click();
            assertThat(page.getByTestId("accept")).hasCount(0);
            page.getByTestId("declare").click();
            assertThat(page.getByTestId("proposal-content")).isVisible();
            Locator sheet = page.getByTestId("scorecard");
            Locator scores = sheet.locator("input[type=number]");
            for (int i = 0; i < scores.count(); i++) {
                int max = Integer.parseInt(scores.nth(i).getAttribute("max"));
                scores.nth(i).fill(String.valueOf(max * 8 / 10));
            }
            sheet.locator("#opinion").fill("\u521b\u65b0\u6027\u8f83\u5f3a\uff0c\u5efa\u8bae\u8d44\u52a9 " + tag);
            sheet.locator("#rec_FUND").check();
            sheet.locator("#pledge").check();
            // The draft autosaves a second after the last change; submit once the server has it, as a
            // person would see "saved" (a first autosave racing the submit can both insert the card).
            assertThat(sheet.getByTestId("autosave-status").locator(".text-success")).isVisible();
            sheet.getByTestId("submit-review").click();
            assertThat(page.getByTestId("submitted-sheet")).containsText(tag);
            page.context().close();
        }
        staff.navigate(roundUrl);
        for (UUID expert : panel) {
            assertThat(staff.locator("[data-testid=invitation][data-expert='" + expert + "'] .badge")).isVisible();
        }

        // 4. The ranking draws the funding line at the budget; staff approve above it.
        staff.navigate(url("/review/calls/" + call + "/ranking"));
        Locator ranking = staff.getByTestId("ranking");
        assertThat(ranking.getByTestId("funding-line")).hasCount(1);
        String tracking = proposalApi.summary(proposal).trackingNumber();
        Locator row = ranking.locator("tr[data-proposal='" + tracking + "']");
        assertThat(row).hasClass(Pattern.compile("table-success"));
        assertThat(ranking.locator("tr").filter(new Locator.FilterOptions().setHasText("Jujube rival " + tag)))
                .not().hasClass(Pattern.compile("table-success"));
        staff.getByTestId("approve-above-line").click();
        assertThat(staff.getByTestId("bulk-result")).containsText("1");
        assertThat(staff.locator("tr[data-proposal='" + tracking + "']").getByTestId("decision")).isVisible();
        assertThat(proposalApi.summary(proposal).status()).isEqualTo("APPROVED");

        // 5. The PI sees the three reviews by letter, never by name.
        Page piPage = signIn(pi.username(), Demo.APPLICANT_PASSWORD);
        piPage.navigate(url("/proposals/" + proposal));
        Locator feedback = piPage.getByTestId("review-feedback");
        assertThat(feedback).containsText("\u4e13\u5bb6A");
        assertThat(feedback).containsText("\u4e13\u5bb6C");
        assertThat(feedback).containsText(tag);
        for (int i = 0; i < panel.size(); i++) {
            assertThat(feedback).not().containsText(names.get(i));
            assertThat(feedback).not().containsText(identity.account(panel.get(i)).orElseThrow().username());
        }
    }

    /** The experts of the invitation rows, as the page names them. */
    private static List<UUID> expertsOf(Locator rows) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < rows.count(); i++) {
            ids.add(UUID.fromString(rows.nth(i).getAttribute("data-expert")));
        }
        return ids;
    }

    /** Opens the expert's assignment for the proposal from their queue; returns its id. */
    private UUID openAssignment(Page page, String title) {
        page.navigate(url("/review/assignments"));
        page.locator("a[href*='/review/assignments/']").filter(new Locator.FilterOptions().setHasText(title)).click();
        assertThat(page.getByTestId("invitation")).isAttached();
        return UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
    }

    private Page signInExpert(UUID expert) {
        String username = identity.account(expert).orElseThrow().username();
        return signIn(username, username.startsWith("exp.") ? EXPERT_PASSWORD : KstpIntegrationTest.DEMO_PASSWORD);
    }

    private UUID call(String title, Actor bureau) {
        return demo.publishedCall(title, new BigDecimal("150000.00"), Duration.ofDays(30));
    }

    /** Eight approved experts matching the proposals, no organisation, half from partner provinces. */
    private void poolOfEightExperts(String tag) {
        for (int i = 0; i < 8; i++) {
            String username = "exp." + tag + "." + i;
            UUID account = identity.createAccount(new NewAccount(username, EXPERT_PASSWORD, "Expert " + i + " " + tag,
                    Set.of(Role.EXPERT), null, null, username + "@kstp.example"), Actor.system());
            boolean outside = i % 2 == 0;
            experts.register(new NewExpert(account, "Professor", null, List.of("22045"),
                    "jujube " + tag + ", drip irrigation, orchard", List.of("FRUIT"), outside ? "Shandong" : "653101",
                    outside, "Jujube orchard irrigation trials " + tag), true, Actor.system());
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
