package org.kstp.review;

import org.kstp.common.BusinessTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.expert.domain.ExpertService;
import org.kstp.expert.domain.Profile;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;

import org.kstp.program.ProgramCommands;
import org.kstp.common.RuleViolation;
import org.kstp.review.ranking.DecisionService;
import org.kstp.review.ranking.ReviewQuorum;
import org.kstp.review.ranking.Decision;
import org.kstp.program.CallItemDraft;
import org.kstp.proposal.ProposalApi;

import org.kstp.proposal.domain.ProposalService;
import org.kstp.review.domain.ReviewService;
import org.kstp.review.ranking.RankedProposal;
import org.kstp.review.ranking.Ranking;
import org.kstp.review.ranking.RankingBasis;
import org.kstp.review.ranking.RankingService;
import org.kstp.review.scoring.ScoringService;
import org.kstp.support.Demo;
import org.kstp.support.Waits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The whole scoring path on a call of its own: the bureau configures the score sheet; three experts
 * declare, autosave, pledge and submit; they see the others' reviews only afterwards and only as
 * letters; a lobbying report is flagged; a review is marked invalid; the ranking draws the funding
 * line at the call's budget; bulk approval creates projects; a reserved then rejected proposal; the
 * applicants see anonymised feedback and its PDF after the decision, and no one else does.
 */
@KstpIntegrationTest
class ScoringRankingIntegrationTest {

    private static final String REFERER = "http://localhost/review/assignments";

    @Autowired
    BusinessTime time;

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    IdentityApi identity;
    @Autowired
    ExpertService experts;
    @Autowired
    ProgramCommands programs;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalApi proposalApi;
    @Autowired
    ReviewService review;
    @Autowired
    ScoringService scoring;
    @Autowired
    RankingService ranking;
    @Autowired
    DecisionService decisions;
    @Autowired
    ReviewQuorum quorum;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    Actor bureau;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        bureau = demo.actor("bureau.admin");
    }

    /** A published call open now with a budget of 250,000.00 yuan: two 100,000 proposals fit, three do not. */
    private UUID call() {
        return demo.publishedCall("Scoring call", new BigDecimal("250000.00"), Duration.ofDays(30));
    }

    private Actor expert() {
        String username = "expert." + UUID.randomUUID().toString().substring(0, 8);
        UUID account = identity.createAccount(new NewAccount(username, "Expert-pass-1", "Reviewer " + username,
                Set.of(Role.EXPERT), null, null), Actor.system());
        experts.enter(account, new Profile("Professor", null, List.of("21040"), "jujube", List.of("FRUIT"),
                "Shandong", true, null, List.of(), List.of(), List.of()), true, bureau);
        return demo.actor(username);
    }

    private MockHttpServletRequestBuilder postAs(Actor actor, String url) {
        return post(url).with(demo.as(actor)).with(csrf()).header("Referer", REFERER);
    }

    /** Declares, autosaves a partial draft, then submits with the pledge. */
    private void score(Actor expert, UUID assignment, int science, int feasibility, int team) throws Exception {
        mvc.perform(postAs(expert, "/review/assignments/" + assignment + "/declaration"));
        mvc.perform(postAs(expert, "/review/assignments/" + assignment + "/draft").header("HX-Request", "true")
                        .param("score_SCIENTIFIC_VALUE", String.valueOf(science)).param("opinion", "Draft"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("text-success")));
        mvc.perform(postAs(expert, "/review/assignments/" + assignment)
                        .param("score_SCIENTIFIC_VALUE", String.valueOf(science))
                        .param("score_FEASIBILITY", String.valueOf(feasibility))
                        .param("score_TEAM", String.valueOf(team))
                        .param("opinion", "Opinion of an expert, science " + science).param("recommendation", "FUND")
                        .param("pledge", "true"))
                .andExpect(status().is3xxRedirection());
    }

    /** A call item that funds one project: the ranking sends its second proposal to the reserve, approval refuses it. */
    @Test
    void anItemFundsNoMoreProjectsThanItsPlaces() throws Exception {
        UUID call = demo.draftCall("Item call", new BigDecimal("1000000.00"), Duration.ofDays(30), Map.of());
        programs.addCallItem(call, new CallItemDraft("Grafting", "Better varieties", "1000 mu", null, 1), bureau);
        demo.publish(call);
        mvc.perform(postAs(bureau, "/review/calls/" + call + "/sheet")
                        .param("use_SCIENTIFIC_VALUE", "true").param("weight_SCIENTIFIC_VALUE", "50")
                        .param("scale_SCIENTIFIC_VALUE", "10")
                        .param("use_FEASIBILITY", "true").param("weight_FEASIBILITY", "30").param("scale_FEASIBILITY", "100")
                        .param("use_TEAM", "true").param("weight_TEAM", "20").param("scale_TEAM", "10"))
                .andExpect(status().is3xxRedirection());
        UUID first = demo.formallyChecked(call, demo.newApplicant(), "Item first");
        UUID second = demo.formallyChecked(call, demo.newApplicant(), "Item second");
        Actor expert = expert();
        score(expert, review.assign(first, expert.accountId(), bureau), 9, 90, 9);
        score(expert, review.assign(second, expert.accountId(), bureau), 7, 70, 7);

        Ranking r = ranking.ranking(call, RankingBasis.MEAN, bureau);
        assertThat(r.groups()).singleElement().satisfies(g -> assertThat(g.item().maxFunded()).isEqualTo(1));
        assertThat(r.rows()).extracting(row -> row.proposal().id()).containsExactly(first, second);
        assertThat(r.rows()).extracting(RankedProposal::aboveLine).containsExactly(true, false);
        assertThat(r.rows()).extracting(RankedProposal::itemFull).containsExactly(false, true);
        mvc.perform(get("/review/calls/" + call + "/ranking").with(demo.as(bureau)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"item-full\"")));

        // One expert is fewer than the minimum of valid reviews: the bureau goes ahead with a recorded reason.
        quorum.overrule(first, "Single-expert trial of the item", bureau);
        quorum.overrule(second, "Single-expert trial of the item", bureau);
        decisions.decide(first, Decision.APPROVE, new BigDecimal("100000.00"), "Best of the item", bureau);
        assertThatThrownBy(() -> decisions.decide(second, Decision.APPROVE, new BigDecimal("100000.00"), "Also", bureau))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("itemFull");
        assertThat(proposalApi.summary(second).status()).isEqualTo("REVIEWED");
    }

    /**
     * The expert's own autosaves (htmx, a second after each change) race their click on Submit: the
     * submission must go through, never answer "changed by someone else", whatever the interleaving.
     */
    @Test
    void autosavesRacingTheSubmitNeverRefuseIt() throws Exception {
        UUID call = call();
        Actor expert = expert();
        UUID proposal = demo.formallyChecked(call, demo.newApplicant(), "Raced proposal");
        UUID assignment = review.assign(proposal, expert.accountId(), bureau);
        mvc.perform(postAs(expert, "/review/assignments/" + assignment + "/declaration"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<org.springframework.test.web.servlet.MvcResult>> saves = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                int n = i;
                saves.add(pool.submit(() -> mvc.perform(postAs(expert, "/review/assignments/" + assignment + "/draft")
                                .header("HX-Request", "true").param("score_SCIENTIFIC_VALUE", String.valueOf(n))
                                .param("opinion", "Draft " + n))
                        .andReturn()));
            }
            java.util.concurrent.Future<org.springframework.test.web.servlet.MvcResult> submit = pool.submit(() ->
                    mvc.perform(postAs(expert, "/review/assignments/" + assignment)
                            .param("score_SCIENTIFIC_VALUE", "9").param("score_INNOVATION", "8")
                            .param("score_FEASIBILITY", "8").param("score_TEAM", "7")
                            .param("score_BUDGET_RATIONALITY", "8").param("score_PLAN_RELEVANCE", "9")
                            .param("opinion", "Final opinion").param("recommendation", "FUND").param("pledge", "true"))
                            .andReturn());
            assertThat(submit.get().getResponse().getStatus()).isEqualTo(302);
            assertThat(submit.get().getFlashMap().get("refusal")).isNull();
            for (java.util.concurrent.Future<org.springframework.test.web.servlet.MvcResult> save : saves) {
                assertThat(save.get().getResponse().getStatus()).as("%s", save.get().getFlashMap()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(review.ownAssignment(assignment, expert).status().name()).isEqualTo("SUBMITTED");
        assertThat(scoring.scorecard(assignment, expert).opinion()).isEqualTo("Final opinion");
    }

    @Test
    void sheetReviewsRankingDecisionProjectAndFeedback() throws Exception {
        UUID call = call();
        // 1. The bureau's score sheet: three criteria, mixed scales; a sum other than 100 % is refused.
        mvc.perform(postAs(bureau, "/review/calls/" + call + "/sheet")
                        .param("use_TEAM", "true").param("weight_TEAM", "99.99").param("scale_TEAM", "10"))
                .andExpect(flash().attribute("refusal", containsString("99.99")));
        assertThat(scoring.sheetOf(demo.formallyChecked(call, demo.newApplicant(), "Default sheet")).criteria()).hasSize(6);
        mvc.perform(postAs(bureau, "/review/calls/" + call + "/sheet")
                        .param("use_SCIENTIFIC_VALUE", "true").param("weight_SCIENTIFIC_VALUE", "50")
                        .param("scale_SCIENTIFIC_VALUE", "10")
                        .param("use_FEASIBILITY", "true").param("weight_FEASIBILITY", "30").param("scale_FEASIBILITY", "100")
                        .param("use_TEAM", "true").param("weight_TEAM", "20").param("scale_TEAM", "10"))
                .andExpect(status().is3xxRedirection());
        assertThat(scoring.sheetOf(demo.formallyChecked(call, demo.newApplicant(), "Unreviewed")).criteria()).hasSize(3);

        Actor pi1 = demo.newApplicant();
        Actor pi2 = demo.newApplicant();
        Actor pi3 = demo.newApplicant();
        UUID p1 = demo.formallyChecked(call, pi1, "Best proposal");
        UUID p2 = demo.formallyChecked(call, pi2, "Second proposal");
        UUID p3 = demo.formallyChecked(call, pi3, "Third proposal");
        List<Actor> panel = List.of(expert(), expert(), expert());
        Map<String, UUID> assignment = new HashMap<>();
        for (Actor e : panel) {
            for (UUID p : List.of(p1, p2, p3)) {
                assignment.put(e.username() + p, review.assign(p, e.accountId(), bureau));
            }
        }
        Actor e1 = panel.get(0);
        Actor e2 = panel.get(1);
        Actor e3 = panel.get(2);

        // 2. Submitting without the pledge is refused and changes nothing; the draft is kept.
        mvc.perform(postAs(e1, "/review/assignments/" + assignment.get(e1.username() + p1) + "/declaration"));
        mvc.perform(postAs(e1, "/review/assignments/" + assignment.get(e1.username() + p1))
                        .param("score_SCIENTIFIC_VALUE", "9").param("score_FEASIBILITY", "90").param("score_TEAM", "9")
                        .param("opinion", "No pledge").param("recommendation", "FUND"))
                .andExpect(flash().attribute("refusal", containsString("\u4fdd\u5bc6\u627f\u8bfa")));
        assertThat(review.ownAssignment(assignment.get(e1.username() + p1), e1).status().name()).isEqualTo("ASSIGNED");
        assertThat(scoring.scorecard(assignment.get(e1.username() + p1), e1).opinion()).isEqualTo("No pledge");

        // 3. Scores: p1 90 from everyone, p2 80, p3 70 from two and 10 from the third expert.
        for (Actor e : panel) {
            score(e, assignment.get(e.username() + p1), 9, 90, 9);
            score(e, assignment.get(e.username() + p2), 8, 80, 8);
        }
        score(e1, assignment.get(e1.username() + p3), 7, 70, 7);
        // Before submitting their own, an expert sees no other review.
        mvc.perform(get("/review/assignments/" + assignment.get(e2.username() + p3)).with(demo.as(e2)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("peer-reviews"))));
        score(e2, assignment.get(e2.username() + p3), 7, 70, 7);
        score(e3, assignment.get(e3.username() + p3), 1, 10, 1);
        // Afterwards: letters, never names.
        mvc.perform(get("/review/assignments/" + assignment.get(e2.username() + p3)).with(demo.as(e2)))
                .andExpect(content().string(containsString("peer-reviews")))
                .andExpect(content().string(containsString("\u4e13\u5bb6C")))
                .andExpect(content().string(not(containsString(e1.displayName()))))
                .andExpect(content().string(not(containsString(e3.displayName()))));
        assertThat(proposalApi.summary(p1).status()).isEqualTo("REVIEWED");
        // The sheet is locked once scores were given against it.
        assertThatThrownBy(() -> scoring.configureSheet(call, scoring.sheetOf(p1).criteria(), bureau))
                .hasMessageStartingWith("review.sheet.locked");

        // 4. The outlier on p3 is flagged; staff mark it invalid, which leaves p3 with too few reviews.
        UUID outlier = assignment.get(e3.username() + p3);
        assertThat(ranking.aggregateOf(call, p3).outliers()).containsExactly(outlier);
        mvc.perform(postAs(bureau, "/review/scorecards/" + outlier + "/invalid").param("proposal", p3.toString())
                .param("reason", "Scored another proposal")).andExpect(status().is3xxRedirection());
        assertThat(ranking.aggregateOf(call, p3).validReviews()).isEqualTo(2);
        assertThat(ranking.aggregateOf(call, p3).tooFewReviews()).isTrue();
        mvc.perform(get("/review/proposals/" + p3).with(demo.as(bureau)))
                .andExpect(content().string(containsString("too-few")))
                .andExpect(content().string(containsString("Scored another proposal")));

        // 5. A lobbying report on p2, seen and flagged by staff only.
        mvc.perform(postAs(e1, "/review/assignments/" + assignment.get(e1.username() + p2) + "/lobbying")
                .param("approachedBy", "A caller from the applicant").param("approachedOn", time.today().toString())
                .param("channel", "PHONE").param("details", "Asked for a high score")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/review/lobbying").with(demo.as(e1))).andExpect(status().isForbidden());
        String reportId = jdbc.sql("select id from review_lobbying_report where proposal_id = ?").param(p2)
                .query(String.class).single();
        mvc.perform(get("/review/lobbying").with(demo.as(bureau)))
                .andExpect(content().string(containsString("A caller from the applicant")));
        mvc.perform(postAs(bureau, "/review/lobbying/" + reportId + "/flag").param("note", "Lobbying by the PI"))
                .andExpect(status().is3xxRedirection());

        // 6. The ranking: p1, p2 above the 250,000 line (cumulative 200,000), p3 below.
        Ranking r = ranking.ranking(call, RankingBasis.TRIMMED_MEAN, bureau);
        List<UUID> order = r.rows().stream().map(row -> row.proposal().id()).toList();
        assertThat(order.subList(0, 3)).containsExactly(p1, p2, p3);
        assertThat(r.rows()).extracting(RankedProposal::aboveLine).startsWith(true, true, false);
        assertThat(r.rows().get(1).cumulative()).isEqualByComparingTo("200000.00");
        assertThat(r.rows().get(1).flags()).isEqualTo(1);
        assertThat(r.rows().get(0).score()).isEqualByComparingTo("90.00");
        mvc.perform(get("/review/calls/" + call + "/ranking").with(demo.as(bureau)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("funding-line")))
                .andExpect(content().string(containsString("flag-badge")));
        mvc.perform(get("/review/calls/" + call + "/ranking").with(demo.as(pi1))).andExpect(status().isForbidden());
        MockHttpServletResponse xlsx = mvc.perform(get("/review/calls/" + call + "/ranking.xlsx").with(demo.as(bureau)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(xlsxText(xlsx.getContentAsByteArray())).contains("Best proposal", "Third proposal");

        // 7. Feedback is closed before the decision, to the team too.
        mvc.perform(get("/review/feedback/" + p1).with(demo.as(pi1))).andExpect(status().isConflict());

        // 8. Bulk approval above the line; the project module creates the projects.
        mvc.perform(postAs(bureau, "/review/calls/" + call + "/decisions/approve-above-line"))
                .andExpect(status().is3xxRedirection());
        assertThat(proposalApi.summary(p1).status()).isEqualTo("APPROVED");
        assertThat(proposalApi.summary(p2).status()).isEqualTo("APPROVED");
        assertThat(proposalApi.summary(p3).status()).isEqualTo("REVIEWED");
        assertThat(projectStatus(p1)).isEqualTo("AGREEMENT_PENDING");
        assertThat(projectStatus(p2)).isEqualTo("AGREEMENT_PENDING");

        // 9. p3 on the reserve list, then rejected with a reason; decisions are final once made.
        mvc.perform(postAs(bureau, "/review/calls/" + call + "/decisions/" + p3).param("decision", "RESERVE"))
                .andExpect(status().is3xxRedirection());
        assertThat(proposalApi.summary(p3).status()).isEqualTo("REVIEWED");
        mvc.perform(get("/review/feedback/" + p3).with(demo.as(pi3))).andExpect(status().isConflict());
        // p3 has 2 valid reviews, fewer than 3 (RULES.md): declining it is refused until the bureau overrules
        // the rule with a reason, which is stored, audited and shown on the proposal.
        mvc.perform(postAs(bureau, "/review/calls/" + call + "/decisions/" + p3).param("decision", "REJECT")
                        .param("note", "Below the funding line"))
                .andExpect(flash().attribute("refusal", containsString("少于3份")));
        assertThat(proposalApi.summary(p3).status()).isEqualTo("REVIEWED");
        mvc.perform(get("/review/proposals/" + p3).with(demo.as(bureau)))
                .andExpect(content().string(containsString("data-testid=\"quorum-overrule-form\"")));
        mvc.perform(postAs(bureau, "/review/proposals/" + p3 + "/quorum-overrule").param("reason", " "))
                .andExpect(flash().attribute("refusal", containsString("理由")));
        mvc.perform(postAs(e1, "/review/proposals/" + p3 + "/quorum-overrule").param("reason", "An expert's own"))
                .andExpect(status().isForbidden());
        assertThat(quorum.overrule(p3)).isEmpty();
        mvc.perform(postAs(bureau, "/review/proposals/" + p3 + "/quorum-overrule")
                .param("reason", "Third expert unreachable; two concordant reviews")).andExpect(status().is3xxRedirection());
        assertThat(quorum.overrule(p3)).hasValueSatisfying(o -> {
            assertThat(o.validReviews()).isEqualTo(2);
            assertThat(o.minimum()).isEqualTo(3);
            assertThat(o.overruledBy()).isEqualTo(bureau.displayName());
        });
        assertThat(jdbc.sql("select count(*) from audit_record where object_type = 'review-quorum' and object_id = ?")
                .param(p3.toString()).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/review/proposals/" + p3).with(demo.as(bureau)))
                .andExpect(content().string(containsString("data-testid=\"quorum-overruled\"")))
                .andExpect(content().string(containsString("Third expert unreachable; two concordant reviews")));
        mvc.perform(postAs(bureau, "/review/calls/" + call + "/decisions/" + p3).param("decision", "REJECT")
                .param("note", "Below the funding line")).andExpect(status().is3xxRedirection());
        assertThat(proposalApi.summary(p3).status()).isEqualTo("DECLINED");
        mvc.perform(postAs(bureau, "/review/calls/" + call + "/decisions/" + p1)
                        .param("decision", "REJECT").param("note", "Changed mind"))
                .andExpect(flash().attribute("refusal", containsString("Best proposal")));
        assertThat(proposalApi.summary(p1).status()).isEqualTo("APPROVED");

        // 10. Anonymised feedback for the team, on screen and as PDF; nobody else.
        mvc.perform(get("/review/feedback/" + p1).with(demo.as(pi1)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\u4e13\u5bb6A")))
                .andExpect(content().string(containsString("\u4e13\u5bb6C")))
                .andExpect(content().string(containsString("Opinion of")))
                .andExpect(content().string(not(containsString(e1.displayName()))))
                .andExpect(content().string(not(containsString(e2.username()))));
        mvc.perform(get("/review/feedback/" + p3).with(demo.as(pi3)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Scored another"))));
        MockHttpServletResponse pdf = mvc.perform(get("/review/feedback/" + p1 + "/pdf").with(demo.as(pi1)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        mvc.perform(get("/review/feedback/" + p1).with(demo.as(pi2))).andExpect(status().isNotFound());
        mvc.perform(get("/review/feedback/" + p1 + "/pdf").with(demo.as(e1))).andExpect(status().isNotFound());

        // 11. Every state change is in the audit log.
        assertThat(audited("review-scorecard", outlier, "INVALIDATE")).isTrue();
        assertThat(audited("proposal-flag", p2, "FLAG")).isTrue();
        assertThat(audited("review-decision", p3, "RESERVE")).isTrue();
        assertThat(audited("review-decision", p3, "REJECT")).isTrue();
        assertThat(audited("review-score-sheet", call, "CONFIGURE")).isTrue();
    }

    private boolean audited(String type, UUID id, String action) {
        return jdbc.sql("select count(*) from audit_record where object_type = ? and object_id = ? and action = ?")
                .params(type, id.toString(), action).query(Integer.class).single() > 0;
    }

    /** The project is created from the persisted approval event after commit: wait for it a little. */
    private String projectStatus(UUID proposal) {
        Waits.until("the project of " + proposal, Duration.ofSeconds(10), () -> !statusOfProject(proposal).isEmpty());
        return statusOfProject(proposal).getFirst();
    }

    private List<String> statusOfProject(UUID proposal) {
        return jdbc.sql("select status from project where proposal_id = ?").param(proposal).query(String.class).list();
    }

    /** All text of the workbook's parts (fastexcel streams its entries, so read it as a file, not a stream). */
    private static String xlsxText(byte[] xlsx) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("ranking", ".xlsx");
        List<String> parts = new ArrayList<>();
        try {
            java.nio.file.Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    parts.add(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        return String.join("\n", parts);
    }
}
