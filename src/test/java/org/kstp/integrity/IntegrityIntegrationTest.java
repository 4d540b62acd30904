package org.kstp.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.integrity.domain.Decision;
import org.kstp.integrity.domain.FollowUp;
import org.kstp.integrity.domain.Measure;
import org.kstp.integrity.domain.Party;
import org.kstp.integrity.domain.RecordContent;
import org.kstp.integrity.domain.Register;
import org.kstp.integrity.domain.SubjectType;
import org.kstp.integrity.domain.Tier;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalChecklist;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A sanction recorded in the register blocks the demo PI's draft (checklist error naming the record,
 * submission refused) and the host at intake; the register refuses UPDATE and DELETE. Each test lifts
 * its sanction again by a revocation entry; the context is discarded afterwards all the same.
 */
@KstpIntegrationTest
@DirtiesContext
class IntegrityIntegrationTest {

    static final String HOST_USCC = "12653100458000812X";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    Register register;
    @Autowired
    IntegrityApi integrity;
    @Autowired
    ProposalService proposals;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    Actor bureau;
    LocalDate today = LocalDate.now(BusinessTime.ZONE);

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        bureau = demo.actor("bureau.admin");
    }

    private UUID sanction(Party party, String number, MeasureKind kind) {
        Measure ban = new Measure(kind, null, today.minusDays(30), today.minusDays(30).plusYears(2));
        return register.recordFinding(new RecordContent(party, "Fabricated data", new Decision("Bureau", number,
                today.minusDays(31)), Tier.SERIOUS, List.of(ban), null), bureau);
    }

    private void revoke(UUID finding) {
        register.followUp(finding, FollowUp.revocation(new Decision("Bureau", "R-" + finding, today), null), bureau);
    }

    @Test
    void aSanctionedPisDraftShowsTheBlockAndCannotBeSubmitted() throws Exception {
        Actor pi = demo.newApplicant();
        UUID finding = sanction(new Party(SubjectType.RESEARCHER, pi.accountId(), pi.displayName(), null, null, null),
                "KJ-2026-7", MeasureKind.BAN_APPLY);
        try {
            UUID draft = proposals.draft(demo.openCall().id(), demo.openCallContent("Sanctioned PI"), pi);
            var proposal = proposals.visible(draft, pi);
            assertThat(proposals.checklist(proposal, proposals.call(proposal.callId())))
                    .extracting(ProposalChecklist.Finding::messageKey).containsExactly("proposal.check.integrity.pi");
            mvc.perform(get("/proposals/" + draft).with(demo.as(pi))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("KJ-2026-7")));
            assertThatThrownBy(() -> proposals.act(draft, ProposalAction.SUBMIT, null, pi))
                    .isInstanceOf(RuleViolation.class).hasMessageStartingWith("proposal.submit.incomplete");
        } finally {
            revoke(finding);
        }
        assertThat(integrity.check(Subject.person(pi.accountId(), "PI"), Activity.APPLY, today).allowed()).isTrue();
    }

    @Test
    void aSanctionArrivingAfterSubmissionIsCaughtAtIntake() {
        Actor pi = demo.newApplicant();
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent("Late record"), pi);
        proposals.act(id, ProposalAction.SUBMIT, null, pi);
        proposals.act(id, ProposalAction.ENDORSE, null, demo.actor("inst.admin"));
        UUID finding = sanction(new Party(SubjectType.IMPLEMENTING_INSTITUTION, null, null, null, HOST_USCC, "Host"),
                "KJ-2026-8", MeasureKind.BAN_HOST);
        try {
            assertThatThrownBy(() -> proposals.act(id, ProposalAction.ACCEPT, null, bureau))
                    .isInstanceOf(RuleViolation.class).hasMessageStartingWith("proposal.check.integrity.host");
        } finally {
            revoke(finding);
        }
        proposals.act(id, ProposalAction.ACCEPT, null, bureau);
    }

    @Test
    void theRegisterIsAppendOnly() {
        UUID finding = sanction(new Party(SubjectType.RESEARCHER, UUID.randomUUID(), "Someone", null, null, null),
                "KJ-2026-9", MeasureKind.BAN_REVIEW);
        assertThatThrownBy(() -> jdbc.sql("update integrity_record set finding = 'x' where id = ?").param(finding)
                .update()).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from integrity_measure where record_id = ?").param(finding).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        Integer audited = jdbc.sql("select count(*) from audit_record where object_type = 'integrity' and object_id = ?")
                .param(finding.toString()).query(Integer.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void staffRecordAFindingByFormAndAddARevocationOnItsPage() throws Exception {
        mvc.perform(post("/integrity/new").with(demo.as("bureau.admin")).with(csrf())
                        .param("organisation", "false").param("subjectType", "RESEARCHER").param("name", "Someone")
                        .param("username", "expert.demo2").param("finding", "Plagiarism").param("issuer", "Bureau")
                        .param("documentNumber", "KJ-FORM-1").param("decisionDate", "2024-02-20").param("tier", "SERIOUS")
                        .param("measures[0].kind", "BAN_REVIEW").param("measures[0].start", "2024-03-01")
                        .param("measures[0].end", "2030-03-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("alert-danger")))
                .andExpect(content().string(containsString("3\u5e74")));
        String location = mvc.perform(post("/integrity/new").with(demo.as("bureau.admin")).with(csrf())
                        .param("organisation", "false").param("subjectType", "RESEARCHER").param("name", "Someone")
                        .param("username", "expert.demo2").param("finding", "Plagiarism").param("issuer", "Bureau")
                        .param("documentNumber", "KJ-FORM-1").param("decisionDate", "2024-02-20").param("tier", "SERIOUS")
                        .param("measures[0].kind", "BAN_REVIEW").param("measures[0].start", "2024-03-01")
                        .param("measures[0].end", "2026-02-28"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(demo.as("bureau.admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("KJ-FORM-1")));
        mvc.perform(post(location + "/revoke").with(demo.as("bureau.admin")).with(csrf()).param("issuer", "Bureau")
                        .param("documentNumber", "KJ-FORM-1-R").param("decisionDate", "2024-05-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).with(demo.as("bureau.admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("KJ-FORM-1-R")));
    }

    @Test
    void staffPagesAreForBureauStaffOnly() throws Exception {
        mvc.perform(get("/integrity").with(demo.as("bureau.admin"))).andExpect(status().isOk());
        mvc.perform(get("/integrity/new").with(demo.as("bureau.admin"))).andExpect(status().isOk());
        mvc.perform(get("/integrity/import").with(demo.as("bureau.admin"))).andExpect(status().isOk());
        mvc.perform(get("/integrity").with(demo.as("pi.demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/integrity/mine").with(demo.as("pi.demo"))).andExpect(status().isOk());
    }
}
