package org.kstp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.directory.PersonDetails;
import org.kstp.directory.PersonRecords;
import org.kstp.program.CallView;
import org.kstp.program.domain.ProgramService;
import org.kstp.proposal.domain.Proposal;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalContent;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.proposal.domain.TeamMember;
import org.kstp.proposal.domain.rules.Finding;
import org.kstp.proposal.domain.rules.RuleCode;
import org.kstp.support.Demo;
import org.kstp.support.Waits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each concurrency limit (Xinjiang 2023), live on a draft and at submission, naming what it counted,
 * tested at the boundaries of the rule's text: a PI at most 1 (projects in progress plus this year's
 * proposals, the excluded programme kinds not counted), the first two members at most 2 each (by
 * person record), a host with more than 3 overdue projects refused.
 */
@KstpIntegrationTest
class ConcurrencyLimitIntegrationTest {

    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProgramService programs;
    @Autowired
    PersonRecords people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    BusinessTime time;

    /** What the applicant reads: the finding rendered in Chinese, its lists and titles included. */
    private String text(Finding f) {
        return messages.getMessage(f.messageKey(), f.arguments(), Locale.SIMPLIFIED_CHINESE);
    }

    private List<Finding> limits(UUID id, Actor actor) {
        Proposal p = proposals.visible(id, actor);
        CallView call = proposals.call(p.callId());
        return proposals.blockers(p, call).stream().filter(f -> f.messageKey().startsWith("proposal.limit.")).toList();
    }

    private List<String> errors(UUID id, Actor actor) {
        return limits(id, actor).stream().map(Finding::messageKey).toList();
    }

    @Test
    void aPiWithASubmittedProposalCannotSubmitASecondThisYear() {
        Actor pi = demo.newApplicant();
        UUID first = proposals.draft(demo.openCall().id(), demo.openCallContent("First", "653101"), pi);
        UUID second = proposals.draft(demo.openCall().id(), demo.openCallContent("Second", "653101"), pi);
        Proposal secondDraft = proposals.visible(second, pi);
        assertThat(proposals.warnings(secondDraft, proposals.call(secondDraft.callId())))
                .filteredOn(w -> w.rule() == RuleCode.PI_LIMIT).singleElement().satisfies(w -> assertThat(text(w)).contains("First"));
        proposals.act(first, ProposalAction.SUBMIT, null, pi);
        assertThat(limits(second, pi)).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("proposal.limit.pi");
            assertThat(text(f)).contains("\u300aFirst\u300b").containsPattern("KS\\d{4}-\\d{6} \u300aFirst");
        });
        assertThatThrownBy(() -> proposals.act(second, ProposalAction.SUBMIT, null, pi))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("incomplete");
        assertThat(jdbc.sql("select blockers from proposal_submit_attempt where proposal_id = ? and outcome = 'BLOCKED'")
                .param(second).query(String.class).single()).isEqualTo("proposal.limit.pi");
        proposals.act(first, ProposalAction.WITHDRAW, null, pi);
        assertThat(errors(second, pi)).isEmpty();
    }

    @Test
    void twoDraftsSubmittedAtTheSameMomentPassThePiLimitOnce() throws Exception {
        Actor pi = demo.newApplicant();
        UUID first = proposals.draft(demo.openCall().id(), demo.openCallContent("Race one", "653101"), pi);
        UUID second = proposals.draft(demo.openCall().id(), demo.openCallContent("Race two", "653101"), pi);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> one = threads.submit(submitWhenReleased(first, pi, start));
            Future<Boolean> two = threads.submit(submitWhenReleased(second, pi, start));
            start.countDown();
            assertThat(List.of(one.get(), two.get())).as("exactly one passes the PI limit").containsOnlyOnce(true);
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.sql("select status from proposal where id in (?, ?) order by status").params(first, second)
                .query(String.class).list()).containsExactly("DRAFT", "SUBMITTED");
    }

    /** Submits once the latch opens: true when the submission went through, false when a rule blocked it. */
    private Callable<Boolean> submitWhenReleased(UUID id, Actor pi, CountDownLatch start) {
        return () -> {
            start.await();
            try {
                proposals.act(id, ProposalAction.SUBMIT, null, pi);
                return true;
            } catch (RuleViolation blocked) {
                return false;
            }
        };
    }

    @Test
    void aProjectInProgressFillsThePisOnePlace() {
        Actor pi = demo.newApplicant();
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent("After a project", "653101"), pi);
        assertThat(errors(id, pi)).isEmpty();
        insertProject(pi.accountId(), UUID.randomUUID(), UUID.randomUUID(), future(), "Led", "IN_PROGRESS");
        assertThat(errors(id, pi)).containsExactly("proposal.limit.pi");
    }

    @Test
    void projectsOfTheExcludedProgrammeKindsDoNotCount() {
        Actor pi = demo.newApplicant();
        UUID commissionerCall = demo.publishedCall("Science commissioner services", new BigDecimal("500000"),
                Duration.ofDays(5));
        UUID commissionerProgramme = proposals.call(commissionerCall).programId();
        programs.changePiLimitCounting(commissionerProgramme, true, demo.actor("bureau.admin"));
        insertProject(pi.accountId(), UUID.randomUUID(), commissionerCall, future(), "Commissioner service",
                "IN_PROGRESS");
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent("Ordinary", "653101"), pi);
        assertThat(errors(id, pi)).as("the excluded kind is not counted").isEmpty();

        UUID excluded = proposals.draft(commissionerCall, demo.contentFor(commissionerCall, "Second service", "653101"),
                pi);
        insertProject(pi.accountId(), UUID.randomUUID(), UUID.randomUUID(), future(), "Ordinary project",
                "IN_PROGRESS");
        assertThat(errors(id, pi)).containsExactly("proposal.limit.pi");
        assertThat(errors(excluded, pi)).as("a proposal of the excluded kind is not limited").isEmpty();

        programs.changePiLimitCounting(commissionerProgramme, false, demo.actor("bureau.admin"));
        assertThat(limits(id, pi)).singleElement()
                .satisfies(f -> assertThat(text(f)).contains("Commissioner service"));
    }

    @Test
    void projectsWhereThePiIsOnlyAMemberCountOnlyWhereTheCallSaysSo() {
        Actor pi = demo.newApplicant();
        UUID project = insertProject(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), future(), "Joined",
                "IN_PROGRESS");
        jdbc.sql("insert into project_member (project_id, account_id) values (?, ?)").params(project, pi.accountId())
                .update();
        UUID asWritten = demo.publishedCall("PI's own projects", new BigDecimal("500000"), Duration.ofDays(5));
        UUID id = proposals.draft(asWritten, demo.contentFor(asWritten, "Own only", "653101"), pi);
        assertThat(errors(id, pi)).as("default: the PI's own projects only").isEmpty();

        UUID counting = demo.draftCall("Memberships count", new BigDecimal("500000"), Duration.ofDays(5), Map.of());
        jdbc.sql("update program_call set pi_limit_counts_memberships = true where id = ?").param(counting).update();
        demo.publish(counting);
        UUID other = proposals.draft(counting, demo.contentFor(counting, "Memberships", "653101"), pi);
        assertThat(errors(other, pi)).containsExactly("proposal.limit.pi");
    }

    @Test
    void aLeadingMemberWithTwoProjectsInProgressBlocksTheProposal() {
        Actor pi = demo.newApplicant();
        Actor busy = demo.newApplicant();
        insertProject(busy.accountId(), UUID.randomUUID(), UUID.randomUUID(), future(), "Running", "IN_PROGRESS");
        UUID id = proposals.draft(demo.openCall().id(), withTeam(new TeamMember("Busy", null, null, null,
                busy.accountId())), pi);
        assertThat(errors(id, pi)).as("one project: this one is the second").isEmpty();
        member(insertProject(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), future(), "Running",
                "IN_PROGRESS"), null, busy.accountId());
        assertThat(errors(id, pi)).containsExactly("proposal.limit.member");
    }

    @Test
    void aMemberWithoutAnAccountIsCountedByPersonRecord() {
        Actor pi = demo.newApplicant();
        UUID person = people.save(null, new PersonDetails("No account " + UUID.randomUUID(), null, null, null,
                "139" + (System.nanoTime() % 100_000_000L), "Technician", null, "Farm", null, null), pi).id();
        TeamMember offline = new TeamMember("No account", "Technician", "Farm", "Field work", null, person, null);
        UUID id = proposals.draft(demo.openCall().id(), withTeam(offline), pi);
        member(insertProject(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), future(), "First", "IN_PROGRESS"),
                person, null);
        assertThat(errors(id, pi)).isEmpty();
        member(insertProject(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), future(), "Second",
                "SUSPENDED"), person, null);
        assertThat(limits(id, pi)).singleElement().satisfies(f -> {
            assertThat(f.messageKey()).isEqualTo("proposal.limit.member");
            assertThat(text(f)).contains("First").contains("Second");
        });
    }

    @Test
    void anAwardedProposalKeepsItsMembersByPersonRecord() {
        Actor pi = demo.newApplicant();
        UUID person = people.save(null, new PersonDetails("Awarded member " + UUID.randomUUID(), null, null, null,
                "138" + (System.nanoTime() % 100_000_000L), "Engineer", null, "Farm", null, null), pi).id();
        UUID id = demo.formallyChecked(demo.openCall().id(), pi, "Awarded " + UUID.randomUUID());
        jdbc.sql("insert into proposal_team_member (proposal_id, position, name, person_id) values (?, 1, 'M', ?)")
                .params(id, person).update();
        Actor bureau = demo.actor("bureau.admin");
        proposals.startReview(id, bureau);
        proposals.completeReview(id, bureau);
        proposals.approve(id, new BigDecimal("100000.00"), null, bureau);
        Waits.until("the project keeps the member by person record", Duration.ofSeconds(20), () -> jdbc.sql(
                "select count(*) from project_member m join project p on p.id = m.project_id"
                + " where p.proposal_id = ? and m.person_id = ?").params(id, person).query(Integer.class).single() == 1);
    }

    @Test
    void aHostWithMoreThanThreeOverdueProjectsCannotApply() {
        Actor pi = demo.newApplicant();
        UUID host = UUID.randomUUID();
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent("Overdue host", "653101"), pi);
        jdbc.sql("update proposal set host_organisation_id = ? where id = ?").params(host, id).update();
        for (int i = 0; i < 3; i++) {
            insertProject(UUID.randomUUID(), host, UUID.randomUUID(), today().minusDays(1), "Overdue", "IN_PROGRESS");
        }
        insertProject(UUID.randomUUID(), host, UUID.randomUUID(), today(), "Due today", "IN_PROGRESS");
        assertThat(errors(id, pi)).as("3 overdue; ending today is not overdue").isEmpty();
        UUID fourth = insertProject(UUID.randomUUID(), host, UUID.randomUUID(), today().minusDays(1), "Overdue",
                "IN_PROGRESS");
        assertThat(errors(id, pi)).containsExactly("proposal.limit.institutionOverdue");
        for (String applied : List.of("ACCEPTANCE_REQUESTED", "UNDER_ACCEPTANCE", "ACCEPTED")) {
            jdbc.sql("update project set status = ? where id = ?").params(applied, fourth).update();
            assertThat(errors(id, pi)).as(applied).isEmpty();
        }
    }

    @Test
    void anOverdueLimitOfZeroRefusesTheFirstOverdueProject() {
        Actor pi = demo.newApplicant();
        UUID host = UUID.randomUUID();
        UUID call = demo.draftCall("No overdue tolerated", new BigDecimal("500000"), Duration.ofDays(5), Map.of());
        jdbc.sql("update program_call set institution_overdue_limit = 0 where id = ?").param(call).update();
        demo.publish(call);
        UUID id = proposals.draft(call, demo.contentFor(call, "Strict", "653101"), pi);
        jdbc.sql("update proposal set host_organisation_id = ? where id = ?").params(host, id).update();
        assertThat(errors(id, pi)).isEmpty();
        insertProject(UUID.randomUUID(), host, UUID.randomUUID(), today().minusDays(1), "Overdue", "IN_PROGRESS");
        assertThat(errors(id, pi)).containsExactly("proposal.limit.institutionOverdue");
    }

    private ProposalContent withTeam(TeamMember member) {
        ProposalContent base = demo.openCallContent("With a member " + UUID.randomUUID(), "653101");
        return new ProposalContent(base.title(), base.summary(), base.keywords(), base.planTaskCode(),
                base.industryCode(), base.countyCode(), base.requestedAmount(), List.of(member), base.budget(),
                base.plannedEndOn(), base.detail());
    }

    private LocalDate today() {
        return time.today();
    }

    private LocalDate future() {
        return today().plusYears(1);
    }

    private void member(UUID project, UUID person, UUID account) {
        jdbc.sql("insert into project_member (project_id, person_id, account_id) values (?, ?, ?)")
                .params(project, person, account).update();
    }

    /** A project written directly, as if awarded earlier. */
    private UUID insertProject(UUID piAccount, UUID host, UUID callId, LocalDate due, String title, String status) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into project (id, proposal_id, call_id, tracking_number, title, host_organisation_id,
                                     pi_account_id, pi_name, county_code, approved_amount, status, created_at, version,
                                     due_on)
                values (?, ?, ?, 'KS2025-999999', ?, ?, ?, 'PI', '653101', 1000, ?, ?, 0, ?)""")
                .params(id, UUID.randomUUID(), callId, title, host, piAccount, status, Timestamp.from(Instant.now()),
                        Date.valueOf(due)).update();
        return id;
    }
}
