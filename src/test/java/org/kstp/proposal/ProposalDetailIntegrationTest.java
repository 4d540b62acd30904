package org.kstp.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.demand.domain.DemandAction;
import org.kstp.demand.domain.DemandContent;
import org.kstp.demand.domain.DemandService;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.NewOrganisation;
import org.kstp.directory.OrganisationSummary;
import org.kstp.directory.TestCodes;
import org.kstp.integrity.MeasureKind;
import org.kstp.integrity.domain.Decision;
import org.kstp.integrity.domain.FollowUp;
import org.kstp.integrity.domain.Measure;
import org.kstp.integrity.domain.Party;
import org.kstp.integrity.domain.RecordContent;
import org.kstp.integrity.domain.Register;
import org.kstp.integrity.domain.SubjectType;
import org.kstp.integrity.domain.Tier;
import org.kstp.program.CallItemView;
import org.kstp.proposal.domain.Partner;
import org.kstp.proposal.domain.PartnerRole;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalChecklist;
import org.kstp.proposal.domain.ProposalContent;
import org.kstp.proposal.domain.ProposalDetail;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.support.CitizenIds;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The proposal's call item, discipline, partners, indicators, schedule and team as person records,
 * through the real form: checked, saved, shown read-only, frozen in the receipt, reused on the next
 * proposal, checked against the integrity register, and traced from the demand that fed the item.
 */
@KstpIntegrationTest
class ProposalDetailIntegrationTest {

    private static final String PARTNER_USCC = "12370000495570035E";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalApi api;
    @Autowired
    DirectoryApi directory;
    @Autowired
    Register register;
    @Autowired
    DemandService demands;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private CallItemView item(int number) {
        return demo.openCall().items().get(number - 1);
    }

    private MockHttpServletRequestBuilder fullForm(UUID id, Actor pi, long version, String memberName, String idNumber,
                                                   String memberTitle) {
        return fullForm(id, pi, version, memberName, idNumber, memberTitle, "22045");
    }

    private MockHttpServletRequestBuilder fullForm(UUID id, Actor pi, long version, String memberName, String idNumber,
                                                   String memberTitle, String discipline) {
        LocalDate start = LocalDate.now(BusinessTime.ZONE);
        return post("/proposals/" + id + "/edit").with(demo.as(pi)).with(csrf())
                .param("version", String.valueOf(version)).param("title", "Walnut grafting")
                .param("summary", "Grafting in Yecheng").param("keywords", "walnut").param("planTaskCode", "T1")
                .param("industryCode", "FRUIT").param("countyCode", "653101").param("requestedAmount", "100000")
                .param("callItemId", item(1).id().toString()).param("disciplineCode", discipline)
                .param("plannedStartOn", start.toString()).param("plannedEndOn", start.plusYears(2).toString())
                .param("partners[0].uscc", PARTNER_USCC).param("partners[0].role", "TECHNICAL_SUPPORT")
                .param("indicators[0].name", "Grafted orchards").param("indicators[0].targetValue", "2000")
                .param("indicators[0].unit", "mu")
                .param("milestones[0].startsOn", start.plusMonths(1).toString())
                .param("milestones[0].endsOn", start.plusYears(1).toString())
                .param("milestones[0].milestone", "Scion orchard planted").param("milestones[0].deliverable", "Report")
                .param("team[0].name", memberName).param("team[0].idType", "CITIZEN_ID")
                .param("team[0].idNumber", idNumber).param("team[0].title", memberTitle)
                .param("team[0].duty", "Field trials")
                .param("budget[0].category", "OPERATIONS").param("budget[0].item", "Trials")
                .param("budget[0].amount", "90000").param("indirectAmount", "10000");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theItemCapIsCheckedBesideTheCallCapAndTheItemReachesTheSummary() {
        Actor pi = demo.newApplicant();
        ProposalContent base = demo.openCallContent("Over the item cap");
        ProposalDetail d = base.detail();
        UUID third = item(3).id();
        UUID id = proposals.draft(demo.openCall().id(), new ProposalContent(base.title(), base.summary(),
                base.keywords(), base.planTaskCode(), base.industryCode(), new BigDecimal("300000.01"),
                base.team(), base.budget(), base.plannedEndOn(), new ProposalDetail(third, d.disciplineCode(),
                d.plannedStartOn(), d.partners(), d.indicators(), d.milestones())), pi);
        var proposal = proposals.visible(id, pi);
        assertThat(proposals.checklist(proposal, proposals.call(proposal.callId())))
                .extracting(ProposalChecklist.Finding::messageKey).contains("proposal.check.amountOverItemCap");
        assertThat(api.summary(id).callItemId()).isEqualTo(third);
        assertThat(api.summary(id).disciplineCode()).isEqualTo("22045");
    }

    @Test
    void theFullFormIsSavedShownAndFrozenInTheReceipt() throws Exception {
        Actor pi = demo.newApplicant();
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent("Form"), pi);
        String id1 = CitizenIds.random();
        mvc.perform(fullForm(id, pi, proposals.visible(id, pi).version(), "Ayshem Tursun", id1, "Agronomist"))
                .andExpect(status().is3xxRedirection());
        var saved = proposals.visible(id, pi);
        assertThat(saved.callItemId()).isEqualTo(item(1).id());
        assertThat(saved.partners()).extracting(Partner::role).containsExactly(PartnerRole.TECHNICAL_SUPPORT);
        assertThat(saved.team().getFirst().personId()).isNotNull();
        assertThat(proposals.checklist(saved, proposals.call(saved.callId()))).isEmpty();
        assertThat(jdbc.sql("select id_tail from directory_person where id = ?").param(saved.team().getFirst().personId())
                .query(String.class).single()).isEqualTo(id1.substring(14));
        assertThat(jdbc.sql("select count(*) from directory_person where id_hash like ?").param("%" + id1 + "%")
                .query(Integer.class).single()).as("the number itself is never stored").isZero();

        proposals.act(id, ProposalAction.SUBMIT, null, pi);
        String staffPage = html(get("/proposals/" + id).with(demo.as("inst.admin")));
        assertThat(staffPage).contains("山东省援疆农业技术研究院", "Grafted orchards", "2000", "Scion orchard planted",
                "22045 经济林学", item(1).title());
        String snapshot = jdbc.sql("select snapshot from proposal_submission where proposal_id = ?").param(id)
                .query(String.class).single();
        assertThat(snapshot).contains("\"format\":2", "Grafted orchards", "Scion orchard planted", PARTNER_USCC,
                "\"maskedId\":\"****" + id1.substring(14) + "\"").doesNotContain(id1);
        byte[] pdf = mvc.perform(get("/proposals/" + id + "/receipt.pdf").with(demo.as(pi)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void unknownPartnersAndDisciplinesAreFieldErrors() throws Exception {
        Actor pi = demo.newApplicant();
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent("Unknown codes"), pi);
        String page = html(fullForm(id, pi, proposals.visible(id, pi).version(), "Member", CitizenIds.random(), "Engineer",
                "99999").param("partners[1].uscc", TestCodes.valid("653101")));
        assertThat(page).contains("平台单位库中没有这个统一社会信用代码", "学科代码99999不在GB/T 13745学科分类中", "is-invalid");
        String valid = CitizenIds.random();
        String wrongCheckDigit = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
        String badId = html(fullForm(id, pi, proposals.visible(id, pi).version(), "Member", wrongCheckDigit,
                "Engineer"));
        assertThat(badId).contains("is-invalid", "team[0].idNumber");
        assertThat(proposals.visible(id, pi).partners()).isEmpty();
    }

    @Test
    void aPersonEnteredOnceIsOfferedAgainAndItsEditDoesNotRewriteASubmittedProposal() throws Exception {
        Actor first = demo.newApplicant();
        String number = CitizenIds.random();
        String name = "Reused " + UUID.randomUUID().toString().substring(0, 6);
        UUID one = proposals.draft(demo.openCall().id(), demo.openCallContent("First"), first);
        mvc.perform(fullForm(one, first, proposals.visible(one, first).version(), name, number, "Assistant"))
                .andExpect(status().is3xxRedirection());
        UUID person = proposals.visible(one, first).team().getFirst().personId();
        proposals.act(one, ProposalAction.SUBMIT, null, first);

        Actor colleague = demo.newApplicant();
        String byName = html(post("/proposals/people").param("q", name.substring(0, 8)).header("HX-Request", "true")
                .with(csrf()).with(demo.as(colleague)));
        assertThat(byName).contains(name, "****" + number.substring(14), person.toString());
        Actor elsewhere = demo.newHostIn("653125").applicant();
        assertThat(html(post("/proposals/people").param("q", name.substring(0, 8)).header("HX-Request", "true")
                .with(csrf()).with(demo.as(elsewhere)))).doesNotContain(name);
        String byNumber = html(post("/proposals/people").param("q", number).header("HX-Request", "true")
                .with(csrf()).with(demo.as(elsewhere)));
        assertThat(byNumber).contains(name);
        mvc.perform(post("/proposals/people").param("q", number).header("HX-Request", "true").with(csrf())
                .with(demo.as("expert.demo1"))).andExpect(status().isForbidden());

        UUID two = proposals.draft(demo.openCall().id(), demo.openCallContent("Second"), colleague);
        mvc.perform(fullForm(two, colleague, proposals.visible(two, colleague).version(), name, "", "Professor")
                .param("team[0].personId", person.toString())).andExpect(status().is3xxRedirection());
        assertThat(proposals.visible(two, colleague).team().getFirst().personId()).isEqualTo(person);
        assertThat(jdbc.sql("select title from directory_person where id = ?").param(person).query(String.class)
                .single()).isEqualTo("Professor");
        assertThat(jdbc.sql("select count(*) from directory_person where name = ?").param(name)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(proposals.visible(one, first).team().getFirst().title()).isEqualTo("Assistant");
        assertThat(jdbc.sql("select snapshot from proposal_submission where proposal_id = ?").param(one)
                .query(String.class).single()).contains("Assistant").doesNotContain("Professor");
    }

    @Test
    void aSanctionedPartnerBlocksSubmission() {
        Actor pi = demo.newApplicant();
        OrganisationSummary partner = directory.registerOrganisation(new NewOrganisation(TestCodes.valid("653101"),
                "Sanctioned partner", "653101"), Actor.system());
        Actor bureau = demo.actor("bureau.admin");
        LocalDate today = LocalDate.now(BusinessTime.ZONE);
        UUID finding = register.recordFinding(new RecordContent(new Party(SubjectType.IMPLEMENTING_INSTITUTION, null,
                null, null, partner.uscc(), partner.name()), "Fabricated data", new Decision("Bureau", "KJ-P-1",
                today.minusDays(3)), Tier.SERIOUS, List.of(new Measure(MeasureKind.BAN_HOST, null, today.minusDays(2),
                today.plusYears(2))), null), bureau);
        try {
            ProposalContent base = demo.openCallContent("With a sanctioned partner");
            ProposalDetail d = base.detail();
            UUID id = proposals.draft(demo.openCall().id(), base.withDetail(new ProposalDetail(d.callItemId(),
                    d.disciplineCode(), d.plannedStartOn(), List.of(new Partner(partner.id(), partner.uscc(),
                    partner.name(), PartnerRole.DEMONSTRATION)), d.indicators(), d.milestones())), pi);
            var proposal = proposals.visible(id, pi);
            assertThat(proposals.checklist(proposal, proposals.call(proposal.callId())))
                    .extracting(ProposalChecklist.Finding::messageKey)
                    .containsExactly("proposal.check.integrity.partner");
            assertThatThrownBy(() -> proposals.act(id, ProposalAction.SUBMIT, null, pi))
                    .isInstanceOf(RuleViolation.class).hasMessageStartingWith("proposal.submit.incomplete");
        } finally {
            register.followUp(finding, FollowUp.revocation(new Decision("Bureau", "R-P-1", today), null), bureau);
        }
    }

    @Test
    void aDemandsPageShowsTheItemItFedAndTheProposalsAnsweringIt() throws Exception {
        Actor bureau = demo.actor("bureau.admin");
        UUID demand = demands.submit(new DemandContent("Walnut scions " + UUID.randomUUID(), "Old varieties",
                "FRUIT", null, "653101", "Better scions", new BigDecimal("10000"), "Contact", "13900000009", null),
                demo.actor("pi.demo"));
        demands.act(demand, DemandAction.VET, null, null, bureau);
        demands.act(demand, DemandAction.PUBLISH, null, null, bureau);
        CallItemView fed = item(2);
        mvc.perform(post("/demands/" + demand + "/calls").with(demo.as("bureau.admin")).with(csrf())
                .param("target", demo.openCall().id() + ":" + fed.id())).andExpect(status().is3xxRedirection());
        Actor pi = demo.newApplicant();
        ProposalContent base = demo.openCallContent("Answering item two");
        ProposalDetail d = base.detail();
        UUID id = proposals.draft(demo.openCall().id(), base.withDetail(new ProposalDetail(fed.id(),
                d.disciplineCode(), d.plannedStartOn(), d.partners(), d.indicators(), d.milestones())), pi);
        proposals.act(id, ProposalAction.SUBMIT, null, pi);
        String tracking = proposals.visible(id, pi).trackingNumber();

        String page = html(get("/demands/" + demand).with(demo.as("bureau.admin")));
        assertThat(page).contains(fed.title(), tracking, "/proposals/" + id);
        String publicPage = html(get("/demands/public/" + demand));
        assertThat(publicPage).contains(fed.title()).doesNotContain(tracking);
    }
}
