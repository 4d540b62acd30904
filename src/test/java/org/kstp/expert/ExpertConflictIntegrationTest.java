package org.kstp.expert;

import org.kstp.common.BusinessTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.expert.domain.ExpertService;
import org.kstp.expert.domain.Profile;
import org.kstp.expert.domain.Relation;
import org.kstp.expert.domain.RelationKind;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;
import org.kstp.proposal.domain.FormalCheck;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.review.domain.ReviewAssignment;
import org.kstp.review.domain.ReviewService;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An expert with a declared relation to the PI is listed as excluded with the reason, and the bureau
 * cannot assign them; a demo expert can be assigned, sees the content only after declaring no
 * conflict, and a conflict declared later removes the assignment.
 */
@KstpIntegrationTest
class ExpertConflictIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    IdentityApi identity;
    @Autowired
    ExpertService experts;
    @Autowired
    ExpertApi expertApi;
    @Autowired
    ProposalService proposals;
    @Autowired
    FormalCheck formalCheck;
    @Autowired
    ReviewService review;

    MockMvc mvc;
    Actor bureau;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        bureau = demo.actor("bureau.admin");
    }

    private UUID formallyChecked(Actor pi) {
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent("COI " + pi.username()), pi);
        proposals.act(id, ProposalAction.SUBMIT, null, pi);
        proposals.act(id, ProposalAction.ENDORSE, null, demo.actor("inst.admin"));
        proposals.act(id, ProposalAction.ACCEPT, null, bureau);
        Map<String, FormalCheck.Verdict> verdicts = new HashMap<>();
        demo.openCall().formalCheckItems().forEach(i -> verdicts.put(i, new FormalCheck.Verdict(i, true, null)));
        formalCheck.record(id, verdicts, FormalCheck.Outcome.REJECT, bureau);
        return id;
    }

    private UUID relatedExpert(Actor pi) {
        String username = "expert." + UUID.randomUUID().toString().substring(0, 8);
        UUID account = identity.createAccount(new NewAccount(username, "Expert-pass-1", "Relative " + username,
                Set.of(Role.EXPERT), null, null), Actor.system());
        experts.enter(account, new Profile("Professor", null, List.of("21040"), "jujube", List.of("FRUIT"), "Shandong",
                true, null, List.of(new Relation(RelationKind.RELATIVE, pi.accountId(), null, null, null)), List.of(),
                List.of()), true, bureau);
        return account;
    }

    @Test
    void demoExpertsHaveActiveProfiles() {
        for (String username : List.of("expert.demo1", "expert.demo2", "expert.demo3")) {
            ExpertView view = expertApi.expert(demo.actor(username).accountId()).orElseThrow();
            assertThat(view.status()).isEqualTo("ACTIVE");
            assertThat(view.disciplines()).isNotEmpty();
            assertThat(view.keywords()).isNotBlank();
        }
    }

    @Test
    void anExpertRelatedToThePiIsExcludedWithTheReasonAndCannotBeAssigned() throws Exception {
        Actor pi = demo.newApplicant();
        UUID proposal = formallyChecked(pi);
        UUID relative = relatedExpert(pi);
        String relativeName = identity.account(relative).orElseThrow().displayName();

        Eligibility why = expertApi.explain(
                new ProposalParties(proposal, new ProposalParties.Person(pi.accountId(), pi.displayName()), List.of(),
                        pi.organisationId(), "653101", List.of(), Map.of()), relative, LocalDate.now(BusinessTime.ZONE));
        assertThat(why.reasons()).extracting(ConflictReason::code).containsExactly(ConflictCode.DECLARED_RELATION);

        mvc.perform(get("/review/proposals/" + proposal).with(demo.as(bureau)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"excluded-experts\"")))
                .andExpect(content().string(containsString(relativeName)))
                .andExpect(content().string(containsString("data-code=\"DECLARED_RELATION\"")))
                .andExpect(content().string(containsString("申报的关系人")))
                .andExpect(content().string(containsString("<option value=\"" + demo.actor("expert.demo1").accountId())))
                .andExpect(content().string(not(containsString("<option value=\"" + relative))));
        assertThatThrownBy(() -> review.assign(proposal, relative, bureau)).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("review.assign.conflict")
                .hasMessageContaining("expert.ConflictCode.DECLARED_RELATION");
        mvc.perform(post("/review/proposals/" + proposal + "/assignments").param("expert", relative.toString())
                        .with(demo.as(bureau)).with(csrf())
                        .header("Referer", "http://localhost/review/proposals/" + proposal))
                .andExpect(status().is3xxRedirection());
        assertThat(review.assignmentsOf(proposal)).isEmpty();
    }

    @Test
    void theNoConflictDeclarationGatesTheContentAndAConflictRemovesTheAssignment() throws Exception {
        Actor pi = demo.newApplicant();
        UUID proposal = formallyChecked(pi);
        Actor expert = demo.actor("expert.demo2");
        UUID assignment = review.assign(proposal, expert.accountId(), bureau);

        mvc.perform(get("/review/assignments/" + assignment).with(demo.as(expert)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"declaration\"")))
                .andExpect(content().string(containsString(pi.displayName())))
                .andExpect(content().string(not(containsString("data-testid=\"proposal-content\""))))
                .andExpect(content().string(not(containsString("Abstract"))));
        mvc.perform(post("/review/assignments/" + assignment + "/declaration").with(demo.as(expert)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        ReviewAssignment declared = review.ownAssignment(assignment, expert);
        assertThat(declared.declaredAt()).isNotNull();
        mvc.perform(get("/review/assignments/" + assignment).with(demo.as(expert)))
                .andExpect(content().string(containsString("data-testid=\"proposal-content\"")))
                .andExpect(content().string(containsString("Abstract")))
                .andExpect(content().string(not(containsString("data-testid=\"declaration\""))));

        mvc.perform(post("/review/assignments/" + assignment + "/conflict").param("explanation", "Former student")
                        .with(demo.as(expert)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(review.assignmentsOf(proposal)).isEmpty();
    }

    @Test
    void anExpertSavesTheirProfileAndTheBureauApprovesIt() throws Exception {
        Actor pi = demo.newApplicant();
        String username = "expert." + UUID.randomUUID().toString().substring(0, 8);
        UUID account = identity.createAccount(new NewAccount(username, "Expert-pass-1", "New " + username,
                Set.of(Role.EXPERT), null, null), Actor.system());
        Actor expert = demo.actor(username);
        mvc.perform(post("/expert/profile").with(demo.as(expert)).with(csrf()).param("title", "Professor")
                        .param("disciplines", "21040, 9x").param("relations", "CO_AUTHOR; " + pi.username() + "; ; 2025-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("9x")));
        assertThat(expertApi.expert(account)).isEmpty();
        mvc.perform(post("/expert/profile").with(demo.as(expert)).with(csrf()).param("title", "Professor")
                        .param("disciplines", "21040, 220").param("fields", "FRUIT")
                        .param("relations", "CO_AUTHOR; " + pi.username() + "; ; 2025-01-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(expertApi.expert(account).orElseThrow().status()).isEqualTo("APPLIED");
        mvc.perform(get("/experts").param("status", "APPLIED").with(demo.as(bureau)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(username)));
        mvc.perform(post("/experts/" + account + "/actions/APPROVE").with(demo.as(bureau)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(expertApi.expert(account).orElseThrow().status()).isEqualTo("ACTIVE");
        Eligibility why = expertApi.explain(new ProposalParties(UUID.randomUUID(),
                new ProposalParties.Person(pi.accountId(), pi.displayName()), List.of(), UUID.randomUUID(), null,
                List.of(), Map.of()), account, LocalDate.of(2027, 12, 31));
        assertThat(why.reasons()).extracting(ConflictReason::code).containsExactly(ConflictCode.DECLARED_RELATION);
    }
}
