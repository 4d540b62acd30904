package org.kstp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The workbench shows each user the work waiting for them, counted in their own scope, and every count
 * leads to a list holding exactly that many items; the sidebar shows each role only what it may use.
 */
@KstpIntegrationTest
class WorkbenchIntegrationTest {

    private static final Pattern LIST_TOTAL = Pattern.compile("data-testid=\"list-count\"[^>]*>\\D*(\\d+)");

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(demo.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String page(String path, Actor actor) throws Exception {
        return mvc.perform(get(path).with(demo.as(actor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The count on the workbench card of this kind of work, or 0 when the card is absent. */
    private static long workCount(String html, String labelKey) {
        Matcher card = Pattern.compile("data-testid=\"work-" + Pattern.quote(labelKey)
                + "\"[\\s\\S]*?data-testid=\"work-count\">(\\d+)<").matcher(html);
        return card.find() ? Long.parseLong(card.group(1)) : 0;
    }

    private static long listTotal(String html) {
        Matcher total = LIST_TOTAL.matcher(html);
        assertThat(total.find()).isTrue();
        return Long.parseLong(total.group(1));
    }

    @Test
    void theHostSeesWhatToEndorseAndTheCountMatchesTheQueueList() throws Exception {
        Actor pi = demo.newApplicant();
        String title = "Workbench endorse " + UUID.randomUUID();
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent(title, "653101"), pi);
        proposals.act(id, ProposalAction.SUBMIT, null, pi);

        String workbench = page("/workbench", "inst.admin");
        long count = workCount(workbench, "proposal.WorkQueue.ENDORSE");
        assertThat(count).isPositive();
        assertThat(workbench).contains("href=\"/proposals?awaiting=ENDORSE\"");
        String queue = page("/proposals?awaiting=ENDORSE&size=100", "inst.admin");
        assertThat(listTotal(queue)).isEqualTo(count);
        assertThat(queue).contains(title);

        proposals.act(id, ProposalAction.ENDORSE, null, demo.actor("inst.admin"));
        assertThat(workCount(page("/workbench", "inst.admin"), "proposal.WorkQueue.ENDORSE")).isEqualTo(count - 1);
    }

    @Test
    void theCountyCountsOnlyItsOwnCountysProposalsToRecommend() throws Exception {
        UUID call = demo.publish(demo.draftCall("Workbench county call " + UUID.randomUUID(), new BigDecimal("500000"),
                Duration.ofDays(10), Map.of("653125", 5, "653101", 5)));
        String shache = "Shache " + UUID.randomUUID();
        String kashgar = "Kashgar " + UUID.randomUUID();
        for (String[] p : new String[][] {{shache, "653125"}, {kashgar, "653101"}}) {
            Actor pi = demo.newApplicant();
            UUID id = proposals.draft(call, demo.contentFor(call, p[0], p[1]), pi);
            proposals.act(id, ProposalAction.SUBMIT, null, pi);
            proposals.act(id, ProposalAction.ENDORSE, null, demo.actor("inst.admin"));
        }
        long count = workCount(page("/workbench", "county.shache"), "proposal.WorkQueue.RECOMMEND");
        assertThat(count).isPositive();
        String queue = page("/proposals?awaiting=RECOMMEND&size=100", "county.shache");
        assertThat(listTotal(queue)).isEqualTo(count);
        assertThat(queue).contains(shache).doesNotContain(kashgar);
    }

    @Test
    void anApplicantSeesTheirDraftsAndNoBureauOverview() throws Exception {
        Actor pi = demo.newApplicant();
        String title = "Workbench draft " + UUID.randomUUID();
        proposals.draft(demo.openCall().id(), demo.openCallContent(title, "653101"), pi);
        String workbench = page("/workbench", pi);
        assertThat(workCount(workbench, "proposal.WorkQueue.REVISE")).isEqualTo(1);
        assertThat(workbench).contains("data-testid=\"deadlines\"").doesNotContain("data-testid=\"overview\"");
        assertThat(page("/proposals?awaiting=REVISE", pi)).contains(title);
    }

    @Test
    void theBureauSeesTheOverview() throws Exception {
        String workbench = page("/workbench", "bureau.admin");
        assertThat(workbench).contains("data-testid=\"overview-open-calls\"").contains("data-testid=\"overview-approved\"")
                .contains("data-testid=\"overview-indicators\"");
    }

    @Test
    void theSidebarShowsEachRoleItsOwnAreasAndMarksThePageItIsOn() throws Exception {
        String bureau = page("/proposals", "bureau.admin");
        assertThat(bureau).contains("data-testid=\"sidebar\"").contains("data-testid=\"nav-programs\"")
                .contains("\u7533\u62a5\u7ba1\u7406").contains("\u8bc4\u5ba1\u7ba1\u7406")
                .contains("data-testid=\"breadcrumb\"").containsPattern("data-testid=\"nav-proposals\"[^>]*aria-current=\"page\"|aria-current=\"page\"[^>]*data-testid=\"nav-proposals\"");
        String expert = page("/review/assignments", "expert.demo1");
        assertThat(expert).contains("data-testid=\"nav-assignments\"").doesNotContain("data-testid=\"nav-programs\"")
                .doesNotContain("\u7533\u62a5\u7ba1\u7406");
        String audit = page("/audit", "audit.admin");
        assertThat(audit).contains("data-testid=\"nav-audit\"").doesNotContain("data-testid=\"nav-proposals\"");
        String publicHome = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(publicHome).doesNotContain("data-testid=\"sidebar\"").contains("data-testid=\"language-switch\"");
    }
}
