package org.kstp.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.CitizenIdHash;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.NewOrganisation;
import org.kstp.directory.TestCodes;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;
import org.kstp.integrity.MeasureKind;
import org.kstp.integrity.domain.Decision;
import org.kstp.integrity.domain.Measure;
import org.kstp.integrity.domain.Party;
import org.kstp.integrity.domain.RecordContent;
import org.kstp.integrity.domain.Register;
import org.kstp.integrity.domain.SubjectType;
import org.kstp.integrity.domain.Tier;
import org.kstp.program.CallView;
import org.kstp.program.ProgramApi;
import org.kstp.program.domain.ProgramService;
import org.kstp.proposal.domain.Proposal;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalChecklist;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.support.CitizenIds;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A call that checks the host's legal representative refuses a draft whose host's representative is
 * barred by the integrity register; a call without the check does not. The representative is
 * recorded through the organisation page, which keeps only the register's hash of the citizen ID.
 */
@KstpIntegrationTest
class LegalRepresentativeCheckIntegrationTest {

    private static final String LEGAL_REP = "proposal.check.integrity.legalRep";

    @Autowired
    CitizenIdHash citizenIds;
    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    DirectoryApi directory;
    @Autowired
    IdentityApi identity;
    @Autowired
    Register register;
    @Autowired
    ProgramService programs;
    @Autowired
    ProgramApi programApi;
    @Autowired
    ProposalService proposals;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    Actor bureau;
    final LocalDate today = LocalDate.now(BusinessTime.ZONE);

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        bureau = demo.actor("bureau.admin");
    }

    @Test
    void aSanctionedLegalRepresentativeBlocksOnlyWhereTheCallChecksIt() throws Exception {
        String uscc = TestCodes.valid("653101");
        UUID host = directory.registerOrganisation(new NewOrganisation(uscc, "Host " + uscc, "653101"), bureau).id();
        String citizenId = CitizenIds.random();
        mvc.perform(post("/directory/organisations/" + host + "/legal-representative").with(csrf())
                        .with(demo.as(bureau)).param("name", "Rep Legal").param("citizenId", citizenId))
                .andExpect(status().is3xxRedirection());
        String hash = citizenIds.of(citizenId);
        mvc.perform(get("/directory/organisations/" + host + "/legal-representative").with(demo.as(bureau)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(citizenId.substring(14))))
                .andExpect(content().string(not(containsString(citizenId))));
        mvc.perform(get("/directory/organisations").with(demo.as(bureau))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rep Legal")));
        assertThat(directory.organisation(host).orElseThrow().legalRepIdHash()).isEqualTo(hash);
        assertThat(directory.organisation(host).orElseThrow().legalRepName()).isEqualTo("Rep Legal");
        assertThat(jdbc.sql("select count(*) from directory_organisation where legal_rep_id_tail = ? and id = ?")
                .params(citizenId.substring(14), host).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from audit_record where object_id = ? and action = 'CHANGE_LEGAL_REP'")
                .param(host.toString()).query(Integer.class).single()).isOne();

        register.recordFinding(new RecordContent(new Party(SubjectType.RESEARCHER, null, "Rep Legal", hash, null, null),
                "Misconduct", new Decision("Region", "KJ-REP-9", today.minusDays(30)), Tier.SERIOUS,
                List.of(new Measure(MeasureKind.BAN_APPLY, null, today.minusDays(1), today.plusYears(1))), null),
                bureau);

        UUID checking = call(true);
        UUID plain = call(false);
        assertThat(programApi.call(checking).orElseThrow().checkHostLegalRepresentative()).isTrue();
        mvc.perform(get("/calls/" + checking).with(demo.as(bureau))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"legal-rep-check\"")));

        Actor piChecked = applicantAt(host);
        UUID blocked = proposals.draft(checking, demo.contentFor(checking, "Checked"), piChecked);
        CallView checkingCall = proposals.call(checking);
        Proposal blockedDraft = proposals.visible(blocked, piChecked);
        assertThat(keys(proposals.blockers(blockedDraft, checkingCall))).contains(LEGAL_REP);
        assertThat(proposals.blockers(blockedDraft, checkingCall)).filteredOn(f -> f.messageKey().equals(LEGAL_REP))
                .singleElement().satisfies(f -> assertThat(f.arguments()).contains("Rep Legal", "KJ-REP-9"));
        assertThat(proposals.blockers(blockedDraft, checkingCall, piChecked))
                .filteredOn(f -> f.messageKey().startsWith(LEGAL_REP)).singleElement().satisfies(f -> {
                    assertThat(f.messageKey()).isEqualTo(LEGAL_REP + ".rule");
                    assertThat(f.arguments()).doesNotContain("KJ-REP-9");
                });
        assertThatThrownBy(() -> proposals.act(blocked, ProposalAction.SUBMIT, null, piChecked))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("proposal.submit.incomplete");

        Actor piPlain = applicantAt(host);
        UUID free = proposals.draft(plain, demo.contentFor(plain, "Plain"), piPlain);
        assertThat(keys(proposals.blockers(proposals.visible(free, piPlain), proposals.call(plain))))
                .noneMatch(k -> k.startsWith(LEGAL_REP));
        proposals.act(free, ProposalAction.SUBMIT, null, piPlain);
    }

    private UUID call(boolean checksLegalRep) {
        UUID callId = demo.draftCall("Legal rep call " + UUID.randomUUID(), new BigDecimal("1000000"),
                Duration.ofDays(3), Map.of());
        programs.changeHostLegalRepresentativeCheck(callId, checksLegalRep, bureau);
        return demo.publish(callId);
    }

    private Actor applicantAt(UUID host) {
        String username = "pi." + UUID.randomUUID().toString().substring(0, 8);
        identity.createAccount(new NewAccount(username, Demo.APPLICANT_PASSWORD, "Applicant " + username,
                Set.of(Role.APPLICANT), null, host, username + "@kstp.example"), Actor.system());
        return demo.actor(username);
    }

    private static List<String> keys(List<ProposalChecklist.Finding> findings) {
        return findings.stream().map(ProposalChecklist.Finding::messageKey).toList();
    }
}
