package org.kstp;

import org.kstp.common.BusinessTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.program.CallView;
import org.kstp.proposal.domain.ConcurrencyLimits;
import org.kstp.proposal.domain.Proposal;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalChecklist.Finding;
import org.kstp.proposal.domain.ProposalContent;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.proposal.domain.TeamMember;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each concurrency-limit rule, live on a draft and at submission, naming what it counted. */
@KstpIntegrationTest
class ConcurrencyLimitIntegrationTest {

    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;
    @Autowired
    ConcurrencyLimits limits;
    @Autowired
    JdbcClient jdbc;

    private List<String> errors(UUID id, Actor actor) {
        Proposal p = proposals.visible(id, actor);
        CallView call = proposals.call(p.callId());
        return limits.errors(p, call).stream().map(Finding::messageKey).toList();
    }

    @Test
    void aPiWithASubmittedProposalCannotSubmitASecondThisYear() {
        Actor pi = demo.newApplicant();
        UUID first = proposals.draft(demo.openCall().id(), demo.openCallContent("First"), pi);
        UUID second = proposals.draft(demo.openCall().id(), demo.openCallContent("Second"), pi);
        Proposal secondDraft = proposals.visible(second, pi);
        assertThat(proposals.warnings(secondDraft, proposals.call(secondDraft.callId())))
                .singleElement().satisfies(w -> assertThat(w.arguments()).contains("First"));
        proposals.act(first, ProposalAction.SUBMIT, null, pi);
        Proposal p = proposals.visible(second, pi);
        List<Finding> findings = limits.errors(p, proposals.call(p.callId()));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("proposal.limit.pi");
            assertThat((String) f.arguments()[1]).contains("First").containsPattern("KS\\d{4}-\\d{6}");
        });
        assertThatThrownBy(() -> proposals.act(second, ProposalAction.SUBMIT, null, pi))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("incomplete");
        assertThat(jdbc.sql("select blockers from proposal_submit_attempt where proposal_id = ? and outcome = 'BLOCKED'")
                .param(second).query(String.class).single()).isEqualTo("proposal.limit.pi");
        proposals.act(first, ProposalAction.WITHDRAW, null, pi);
        assertThat(errors(second, pi)).isEmpty();
    }

    @Test
    void aLeadingMemberWithTwoProjectsInProgressBlocksTheProposal() {
        Actor pi = demo.newApplicant();
        Actor busy = demo.newApplicant();
        project(busy.accountId(), null, LocalDate.now(BusinessTime.ZONE).plusYears(1));
        ProposalContent base = demo.openCallContent("With a busy member");
        List<TeamMember> team = List.of(new TeamMember("Busy", null, null, null, busy.accountId()));
        UUID id = proposals.draft(demo.openCall().id(), new ProposalContent(base.title(), base.summary(),
                base.keywords(), base.planTaskCode(), base.industryCode(), base.requestedAmount(),
                team, base.budget(), base.plannedEndOn(), base.detail()), pi);
        assertThat(errors(id, pi)).isEmpty();
        project(null, busy.accountId(), LocalDate.now(BusinessTime.ZONE).plusYears(1));
        assertThat(errors(id, pi)).containsExactly("proposal.limit.member");
    }

    @Test
    void aHostWithMoreThanThreeOverdueProjectsCannotApply() {
        Actor pi = demo.newApplicant();
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent("Overdue host"), pi);
        for (int i = 0; i < 3; i++) {
            overdueProject(pi.organisationId());
        }
        assertThat(errors(id, pi)).doesNotContain("proposal.limit.institutionOverdue");
        overdueProject(pi.organisationId());
        assertThat(errors(id, pi)).contains("proposal.limit.institutionOverdue");
        jdbc.sql("update project set status = 'ACCEPTED' where title = 'Overdue'").update();
        assertThat(errors(id, pi)).doesNotContain("proposal.limit.institutionOverdue");
    }

    private void overdueProject(UUID host) {
        insertProject(UUID.randomUUID(), host, LocalDate.now(BusinessTime.ZONE).minusDays(1), "Overdue");
    }

    /** A project in progress with the given PI or member; written directly, as if awarded earlier. */
    private void project(UUID piAccount, UUID member, LocalDate due) {
        UUID id = insertProject(piAccount == null ? UUID.randomUUID() : piAccount, UUID.randomUUID(), due, "Running");
        if (member != null) {
            jdbc.sql("insert into project_member (project_id, account_id) values (?, ?)").params(id, member).update();
        }
    }

    private UUID insertProject(UUID piAccount, UUID host, LocalDate due, String title) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into project (id, proposal_id, call_id, tracking_number, title, host_organisation_id,
                                     pi_account_id, pi_name, county_code, approved_amount, status, created_at, version,
                                     due_on)
                values (?, ?, ?, 'KS2025-999999', ?, ?, ?, 'PI', '653101', 1000, 'IN_PROGRESS', ?, 0, ?)""")
                .params(id, UUID.randomUUID(), UUID.randomUUID(), title, host, piAccount,
                        java.sql.Timestamp.from(Instant.now()), java.sql.Date.valueOf(due)).update();
        return id;
    }
}
