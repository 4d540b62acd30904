package org.kstp.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.NewOrganisation;
import org.kstp.directory.PersonDetails;
import org.kstp.directory.PersonIdType;
import org.kstp.directory.PersonRecords;
import org.kstp.directory.TestCodes;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;
import org.kstp.proposal.domain.CountyAssignment;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Scope is derived on the server, never taken from a form (issue 15, item 3): a proposal's county is its
 * host's; who may post is checked before any person record is written; another organisation's person
 * cannot be pulled in (or their phone read) by posting their id; person search by full ID is for
 * applicants only and masks the phone.
 */
@KstpIntegrationTest
class DerivedScopeIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;
    @Autowired
    CountyAssignment counties;
    @Autowired
    DirectoryApi directory;
    @Autowired
    IdentityApi identity;
    @Autowired
    PersonRecords people;
    @Autowired
    org.kstp.directory.PersonIdHash idHash;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private MockHttpServletRequestBuilder newProposal(Actor who, String title) {
        return post("/proposals/new").param("call", demo.openCall().id().toString()).with(demo.as(who)).with(csrf())
                .header("Referer", "http://localhost/proposals").param("title", title);
    }

    private UUID proposalTitled(String title) {
        return jdbc.sql("select id from proposal where title = ?").param(title).query(UUID.class).single();
    }

    private int peopleNamed(String name) {
        return jdbc.sql("select count(*) from directory_person where name = ?").param(name).query(Integer.class)
                .single();
    }

    @Test
    void theCountyIsTheHostsWhateverTheFormSays() throws Exception {
        Actor pi = demo.newApplicant();
        String title = "Derived county " + UUID.randomUUID();
        mvc.perform(newProposal(pi, title).param("countyCode", "999999")).andExpect(status().is3xxRedirection());
        assertThat(proposals.visible(proposalTitled(title), pi).countyCode()).isEqualTo("653101");
        assertThat(mvc.perform(get("/proposals/new").param("call", demo.openCall().id().toString())
                .with(demo.as(pi))).andReturn().getResponse().getContentAsString())
                .doesNotContain("name=\"countyCode\"").contains("data-testid=\"host-county\"");
    }

    @Test
    void aHostOutsideThePrefectureWaitsForTheBureausAuditedDecision() throws Exception {
        Actor bureau = demo.actor("bureau.admin");
        UUID outside = directory.registerOrganisation(new NewOrganisation(TestCodes.valid("320100"),
                "Nanjing institute " + UUID.randomUUID(), null), bureau).id();
        String username = "pi.out." + UUID.randomUUID().toString().substring(0, 8);
        identity.createAccount(new NewAccount(username, Demo.APPLICANT_PASSWORD, "Outside PI", java.util.Set.of(
                Role.APPLICANT), null, outside, username + "@kstp.example"), Actor.system());
        Actor pi = demo.actor(username);
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent("Outside " + username), pi);
        assertThat(proposals.visible(id, pi).countyCode()).isNull();
        proposals.act(id, ProposalAction.SUBMIT, null, pi);
        proposals.act(id, ProposalAction.ENDORSE, null, outsideAdministrator(outside));
        assertThatThrownBy(() -> proposals.act(id, ProposalAction.ACCEPT, null, bureau))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("proposal.county.decideFirst");

        assertThatThrownBy(() -> counties.assign(id, "653125", pi)).isInstanceOf(RuleViolation.class);
        mvc.perform(post("/proposals/" + id + "/county").param("countyCode", "999999").with(demo.as(bureau))
                .with(csrf()).header("Referer", "http://localhost/proposals/" + id))
                .andExpect(status().is3xxRedirection());
        assertThat(proposals.visible(id, pi).countyCode()).isNull();
        mvc.perform(post("/proposals/" + id + "/county").param("countyCode", "653125").with(demo.as(bureau))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(proposals.visible(id, pi).countyCode()).isEqualTo("653125");
        assertThat(jdbc.sql("select detail from audit_record where object_id = ? and action = 'ASSIGN_COUNTY'")
                .param(id.toString()).query(String.class).list()).containsExactly("653125");
        proposals.act(id, ProposalAction.ACCEPT, null, bureau);

        Actor insider = demo.newApplicant();
        UUID inside = proposals.draft(demo.openCall().id(), demo.openCallContent("Inside"), insider);
        proposals.act(inside, ProposalAction.SUBMIT, null, insider);
        assertThatThrownBy(() -> counties.assign(inside, "653125", bureau)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("proposal.county.fromHost");
    }

    private Actor outsideAdministrator(UUID organisation) {
        String username = "inst.out." + UUID.randomUUID().toString().substring(0, 8);
        identity.createAccount(new NewAccount(username, Demo.APPLICANT_PASSWORD, "Outside admin", java.util.Set.of(
                Role.INSTITUTION_ADMIN), null, organisation, username + "@kstp.example"), Actor.system());
        return demo.actor(username);
    }

    @Test
    void aRefusedPostWritesNoPersonRecord() throws Exception {
        String member = "Refused member " + UUID.randomUUID();
        mvc.perform(newProposal(demo.actor("expert.demo1"), "Not an applicant").param("team[0].name", member)
                .param("team[0].phone", "13900001111")).andExpect(status().is3xxRedirection());
        assertThat(peopleNamed(member)).isZero();

        Actor pi = demo.newApplicant();
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent("Not yours"), pi);
        mvc.perform(post("/proposals/" + id + "/edit").with(demo.as("inst.admin")).with(csrf())
                .header("Referer", "http://localhost/proposals/" + id).param("title", "Taken over")
                .param("team[0].name", member).param("team[0].phone", "13900001112"));
        mvc.perform(post("/proposals/" + id + "/autosave").with(demo.as("inst.admin")).with(csrf())
                .header("HX-Request", "true").param("title", "Taken over")
                .param("team[0].name", member).param("team[0].phone", "13900001113"))
                .andExpect(status().isNotFound()); // a draft is the team's: not even visible to the institution
        proposals.act(id, ProposalAction.SUBMIT, null, pi); // now the institution sees it, but may not edit it
        mvc.perform(post("/proposals/" + id + "/edit").with(demo.as("inst.admin")).with(csrf())
                .header("Referer", "http://localhost/proposals/" + id).param("title", "Taken over")
                .param("team[0].name", member).param("team[0].phone", "13900001114"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/proposals/" + id + "/autosave").with(demo.as("inst.admin")).with(csrf())
                .header("HX-Request", "true").param("title", "Taken over")
                .param("team[0].name", member).param("team[0].phone", "13900001115"))
                .andExpect(status().isOk());
        assertThat(peopleNamed(member)).isZero();
        assertThat(proposals.visible(id, pi).title()).isEqualTo("Not yours");
    }

    @Test
    void anotherOrganisationsPersonIdNeitherLinksNorRevealsTheirPhone() throws Exception {
        Actor bureau = demo.actor("bureau.admin");
        UUID elsewhere = directory.registerOrganisation(new NewOrganisation(TestCodes.valid("653125"),
                "Elsewhere " + UUID.randomUUID(), "653125"), bureau).id();
        var stranger = people.save(null, new PersonDetails("Stranger", PersonIdType.CITIZEN_ID, null, null,
                "13811112222", null, elsewhere, null, null, null), bureau);
        Actor pi = demo.newApplicant();
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent("Stranger test"), pi);
        mvc.perform(post("/proposals/" + id + "/edit").with(demo.as(pi)).with(csrf())
                .param("version", String.valueOf(proposals.visible(id, pi).version())).param("title", "Stranger test")
                .param("team[0].name", "Stranger").param("team[0].personId", stranger.id().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(proposals.visible(id, pi).team()).singleElement()
                .satisfies(m -> assertThat(m.personId()).isNotEqualTo(stranger.id()));
        String page = mvc.perform(get("/proposals/" + id + "/edit").with(demo.as(pi))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("13811112222");
    }

    @Test
    void personSearchByFullIdIsForApplicantsByPostAndMasksThePhone() throws Exception {
        Actor bureau = demo.actor("bureau.admin");
        String number = org.kstp.support.CitizenIds.random();
        UUID elsewhere = directory.registerOrganisation(new NewOrganisation(TestCodes.valid("653125"),
                "Searched " + UUID.randomUUID(), "653125"), bureau).id();
        people.save(null, new PersonDetails("Searched person", PersonIdType.CITIZEN_ID,
                idHash.of(PersonIdType.CITIZEN_ID, number),
                org.kstp.directory.PersonIdHash.tail(number), "13733334444", null, elsewhere, null, null, null), bureau);

        mvc.perform(get("/proposals/people").param("q", number).header("HX-Request", "true")
                .with(demo.as(demo.newApplicant()))).andExpect(status().is4xxClientError());
        for (String role : new String[] {"expert.demo1", "sys.admin", "sec.admin", "audit.admin", "county.shache"}) {
            mvc.perform(post("/proposals/people").param("q", number).header("HX-Request", "true").with(csrf())
                    .with(demo.as(role))).andExpect(status().isForbidden());
        }
        String found = mvc.perform(post("/proposals/people").param("q", number).header("HX-Request", "true")
                .with(csrf()).with(demo.as(demo.newApplicant()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(found).contains("Searched person", "137****4444").doesNotContain("13733334444");
    }

    @Test
    void badInputAnswersWithAFieldMessageOrNotFoundNeverAServerError() throws Exception {
        Actor pi = demo.newApplicant();
        String page = mvc.perform(newProposal(pi, "Long codes").param("planTaskCode", "T".repeat(5000))
                .param("industryCode", "X".repeat(5000)).param("countyCode", "9".repeat(5000)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("is-invalid", "invalid-feedback");
        mvc.perform(newProposal(pi, "Unknown task").param("planTaskCode", "T99"))
                .andExpect(status().isBadRequest());

        mvc.perform(get("/audit").param("page", String.valueOf(Integer.MAX_VALUE)).with(demo.as("audit.admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/audit").param("page", "99999999999999").with(demo.as("audit.admin")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/proposals/not-a-uuid").with(demo.as(pi))).andExpect(status().isNotFound());
        mvc.perform(post("/proposals/" + UUID.randomUUID() + "/actions/NO_SUCH_ACTION").with(demo.as(pi))
                .with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/proposals/new").param("call", "x").with(demo.as(pi))).andExpect(status().isNotFound());

        mvc.perform(post("/demands/" + UUID.randomUUID() + "/calls").param("target", "not-a-call:xx")
                .with(demo.as("bureau.admin")).with(csrf())).andExpect(status().isNotFound());

        UUID draftCall = demo.draftCall("Unpublished", new BigDecimal("100000"), Duration.ofDays(3), Map.of());
        for (Actor who : new Actor[] {pi, demo.actor("expert.demo1"), demo.actor("bureau.admin")}) {
            mvc.perform(get("/proposals/new").param("call", draftCall.toString()).with(demo.as(who)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/proposals/new").param("call", draftCall.toString()).param("title", "Into a draft call")
                .param("team[0].name", "Draft call member").param("team[0].phone", "13900002222")
                .with(demo.as(pi)).with(csrf())).andExpect(status().isNotFound());
        assertThat(peopleNamed("Draft call member")).isZero();
    }
}
