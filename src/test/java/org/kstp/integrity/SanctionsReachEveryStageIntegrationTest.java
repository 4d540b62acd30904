package org.kstp.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.NewOrganisation;
import org.kstp.directory.TestCodes;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ExpertApi;
import org.kstp.identity.NewAccount;
import org.kstp.integrity.domain.Decision;
import org.kstp.integrity.domain.EffectWatch;
import org.kstp.integrity.domain.EntryRules;
import org.kstp.integrity.domain.EntryStore;
import org.kstp.expert.domain.ExpertService;
import org.kstp.expert.domain.ExpertAction;
import org.kstp.integrity.domain.FollowUp;
import org.kstp.integrity.domain.Measure;
import org.kstp.integrity.domain.Party;
import org.kstp.integrity.domain.RecordContent;
import org.kstp.integrity.domain.Register;
import org.kstp.integrity.domain.SanctionRules;
import org.kstp.integrity.domain.SubjectType;
import org.kstp.integrity.domain.Tier;
import org.kstp.program.ConflictRules;
import org.kstp.program.domain.ProgramService;
import org.kstp.project.domain.Project;
import org.kstp.project.domain.ProjectRepository;
import org.kstp.project.domain.ProjectService;
import org.kstp.project.domain.ProjectStatus;
import org.kstp.project.domain.SanctionAlert;
import org.kstp.project.domain.SanctionDecision;
import org.kstp.proposal.ProposalApproved;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.review.domain.ConflictCheck;
import org.kstp.review.domain.ReviewService;
import org.kstp.support.Demo;
import org.kstp.support.TestMail;
import org.kstp.support.Waits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A sanction taking effect reaches review and management by itself: the expert leaves the pool, the
 * pending reviews are withdrawn and staff are told in the application and by mail (real SMTP,
 * GreenMail); a running project of the sanctioned PI or host gets an alert that blocks disbursement
 * until staff decide. Measures starting later are announced by the scheduled check, once.
 */
@KstpIntegrationTest
class SanctionsReachEveryStageIntegrationTest {

    private static final int SMTP_PORT = TestMail.freePort();
    private static final Duration ASYNC = Duration.ofSeconds(30);

    @RegisterExtension
    static final GreenMailExtension mail = TestMail.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailHost(DynamicPropertyRegistry registry) {
        TestMail.pointAt(registry, SMTP_PORT);
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    Register register;
    @Autowired
    EntryStore entries;
    @Autowired
    SanctionRules sanctionRules;
    @Autowired
    EffectWatch effects;
    @Autowired
    DirectoryApi directory;
    @Autowired
    org.kstp.identity.IdentityApi identity;
    @Autowired
    ExpertApi experts;
    @Autowired
    ExpertService expertService;
    @Autowired
    ProposalService proposals;
    @Autowired
    ReviewService review;
    @Autowired
    ConflictCheck conflicts;
    @Autowired
    ProjectRepository projects;
    @Autowired
    ProjectService projectService;
    @Autowired
    ProgramService programs;
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
    void anExpertUnderAReviewBanLeavesThePoolAndLosesPendingReviewsAndStaffAreTold() throws Exception {
        Actor expert = demo.newExpert("653121");
        UUID pending = demo.readyForReview();
        UUID scored = demo.readyForReview();
        UUID pendingAssignment = review.assign(pending, expert.accountId(), bureau);
        UUID scoredAssignment = review.assign(scored, expert.accountId(), bureau);
        review.declareNoConflict(scoredAssignment, expert);
        review.submitScores(scoredAssignment, new BigDecimal("80.00"), "Sound", expert);
        String tracking = proposals.summary(pending).trackingNumber();

        record(person(expert), "KJ-REV-1", Tier.GRAVE, MeasureKind.BAN_REVIEW, today.minusDays(1),
                today.minusDays(1).plusYears(4));

        Waits.until("the expert leaves the pool", ASYNC, () -> "LEFT".equals(experts.expert(expert.accountId())
                .orElseThrow().status()));
        Waits.until("the pending review is withdrawn", ASYNC, () -> count("review_assignment", "id", pendingAssignment) == 0);
        assertThat(count("review_assignment", "id", scoredAssignment)).as("a submitted score sheet stays").isOne();
        assertThat(jdbc.sql("select comment from expert_status_change where expert_id = ? and action = 'LEAVE_ON_SANCTION'")
                .param(expert.accountId()).query(String.class).single()).contains("KJ-REV-1");
        assertThat(jdbc.sql("select count(*) from audit_record where action in ('LEAVE_ON_SANCTION', 'WITHDRAW_ON_SANCTION')"
                + " and detail like '%KJ-REV-1%'").query(Integer.class).single()).isEqualTo(2);
        Waits.until("staff get a notice naming the proposal", ASYNC, () -> jdbc.sql("""
                select count(*) from notification_notice where recipient_id = ?
                and message_key = 'notification.review.withdrawnOnSanction' and args::text like ?""")
                .params(bureau.accountId(), "%" + tracking + "%").query(Integer.class).single() == 1);
        Waits.until("staff get an e-mail", ASYNC, () -> Arrays.stream(mail.getReceivedMessages())
                .anyMatch(m -> to(m).contains("bureau.admin@kstp.example") && text(m).contains("KJ-REV-1") && text(m).contains(tracking)));
        assertThat(conflicts.explain(pending, expert.accountId()).has(ConflictCode.INTEGRITY_SANCTION)).isTrue();
        mvc.perform(get("/expert/profile").with(demo.as(expert))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"left-on-sanction\"")))
                .andExpect(content().string(containsString("/integrity/mine")));
    }

    /** A revoked sanction is announced to staff once; what it caused stays until they decide. */
    @Test
    void aRevokedSanctionTellsStaffThatItNoLongerApplies() throws Exception {
        Actor expert = demo.newExpert("653121");
        record(person(expert), "KJ-LIFT-1", Tier.SERIOUS, MeasureKind.BAN_REVIEW, today.minusDays(1), today.plusYears(1));
        Waits.until("the expert leaves the pool", ASYNC, () -> "LEFT".equals(experts.expert(expert.accountId())
                .orElseThrow().status()));
        UUID finding = findingId("KJ-LIFT-1");
        assertThatThrownBy(() -> expertService.act(expert.accountId(), ExpertAction.RETURN_AFTER_SANCTION, "early",
                bureau)).hasMessageStartingWith("expert.return.stillSanctioned");

        register.followUp(finding, FollowUp.revocation(new Decision("Region", "KJ-LIFT-1-R", today), null), bureau);

        Waits.until("staff are told the record no longer applies", ASYNC, () -> jdbc.sql("""
                select count(*) from notification_notice where recipient_id = ?
                and message_key = 'notification.integrity.lifted' and link = ?""")
                .params(bureau.accountId(), "/integrity/" + finding).query(Integer.class).single() == 1);
        assertThat(jdbc.sql("select count(*) from integrity_effect where record_id = ?").param(finding)
                .query(Integer.class).single()).as("a measure imposed again is announced again").isZero();
        assertThat(experts.expert(expert.accountId()).orElseThrow().status()).as("staff decide").isEqualTo("LEFT");
        mvc.perform(get("/experts").param("status", "LEFT").with(demo.as(bureau))).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "/experts/" + expert.accountId() + "/actions/RETURN_AFTER_SANCTION")));
        expertService.act(expert.accountId(), ExpertAction.RETURN_AFTER_SANCTION, "Revoked on appeal", bureau);
        assertThat(experts.expert(expert.accountId()).orElseThrow().status()).isEqualTo("ACTIVE");

        Actor retired = demo.newExpert("653121");
        expertService.act(retired.accountId(), ExpertAction.LEAVE, "Retired", bureau);
        assertThatThrownBy(() -> expertService.act(retired.accountId(), ExpertAction.RETURN_AFTER_SANCTION, "x",
                bureau)).hasMessageStartingWith("expert.return.notLeftOnSanction");
    }

    @Test
    void aSanctionOnThePiBlocksDisbursementUntilStaffDecideAndOnlyStaffSeeTheRecord() throws Exception {
        Actor pi = demo.newApplicant();
        Project project = runningProject(pi, pi.organisationId());
        projectService.disburse(project.id(), new BigDecimal("10000"), "first", bureau);

        record(person(pi), "KJ-PI-1", Tier.SERIOUS, MeasureKind.BAN_APPLY, today.minusDays(3), today.plusYears(1));

        Waits.until("the project gets an alert", ASYNC, () -> !projects.findById(project.id()).orElseThrow().alerts().isEmpty());
        Project alerted = projects.findById(project.id()).orElseThrow();
        Waits.until("staff get a notice of the blocked project", ASYNC, () -> jdbc.sql("""
                select count(*) from notification_notice where recipient_id = ?
                and message_key = 'notification.project.sanctionAlert.PI' and args::text like '%KJ-PI-1%'""")
                .param(bureau.accountId()).query(Integer.class).single() == 1);
        assertThat(alerted.alerts()).singleElement().satisfies(a -> {
            assertThat(a.party()).isEqualTo(SanctionAlert.Party.PI);
            assertThat(a.documentNumber()).isEqualTo("KJ-PI-1");
        });
        assertThatThrownBy(() -> projectService.disburse(project.id(), BigDecimal.TEN, null, bureau))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("project.disbursement.blocked")
                .hasMessageContaining("KJ-PI-1");
        mvc.perform(get("/projects/" + project.id()).with(demo.as(bureau))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"sanction-alert\"")))
                .andExpect(content().string(containsString("KJ-PI-1")));
        mvc.perform(get("/projects/" + project.id()).with(demo.as(pi))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"funds-held\"")))
                .andExpect(content().string(containsString("/integrity/mine")))
                .andExpect(content().string(not(containsString("KJ-PI-1"))));

        UUID recordId = alerted.alerts().getFirst().recordId();
        projectService.decide(project.id(), recordId, SanctionDecision.CONTINUE, "Co-PI takes over", bureau);
        projectService.disburse(project.id(), new BigDecimal("20000"), "second", bureau);
        assertThat(projects.findById(project.id()).orElseThrow().disbursed()).isEqualByComparingTo("30000");
        assertThat(jdbc.sql("select count(*) from audit_record where object_id = ? and action in"
                + " ('SANCTION_ALERT', 'SANCTION_CONTINUE', 'DISBURSE')").param(project.id().toString())
                .query(Integer.class).single()).isEqualTo(4);
        assertThatThrownBy(() -> projectService.decide(project.id(), recordId, SanctionDecision.SUSPEND, "x",
                demo.actor("inst.admin"))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aSanctionOnTheHostSuspendsTheProjectWhenStaffSaySo() throws Exception {
        String uscc = TestCodes.valid("653101");
        UUID host = directory.registerOrganisation(new NewOrganisation(uscc, "Host " + uscc, "653101"), bureau).id();
        Project project = runningProject(demo.newApplicant(), host);

        record(new Party(SubjectType.IMPLEMENTING_INSTITUTION, null, null, null, uscc, "Host"), "KJ-HOST-1",
                Tier.SERIOUS, MeasureKind.BAN_HOST, today, today.plusYears(2));

        Waits.until("the project gets a host alert", ASYNC, () -> !projects.findById(project.id()).orElseThrow().alerts().isEmpty());
        UUID recordId = projects.findById(project.id()).orElseThrow().alerts().getFirst().recordId();
        String admin = "adm." + UUID.randomUUID().toString().substring(0, 8);
        identity.createAccount(new NewAccount(admin, "Admin-pass-12", "Admin " + admin,
                java.util.Set.of(org.kstp.common.Role.INSTITUTION_ADMIN), null, host), Actor.system());
        mvc.perform(get("/projects/" + project.id()).with(demo.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"funds-held\"")))
                .andExpect(content().string(containsString("/integrity/mine")));
        mvc.perform(get("/integrity/mine").with(demo.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("KJ-HOST-1")));
        mvc.perform(get("/integrity/mine").with(demo.as("inst.admin"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("KJ-HOST-1"))));
        projectService.decide(project.id(), recordId, SanctionDecision.SUSPEND, "Pending the appeal", bureau);
        Project suspended = projects.findById(project.id()).orElseThrow();
        assertThat(suspended.status()).isEqualTo(ProjectStatus.SUSPENDED);
        assertThat(suspended.alerts().getFirst().party()).isEqualTo(SanctionAlert.Party.HOST);
        assertThat(suspended.blockingAlert()).isPresent();
    }

    @Test
    void aMeasureStartingLaterIsAnnouncedByTheScheduledCheckOnItsFirstDayAndOnlyOnce() {
        Actor later = demo.newExpert("653121");
        record(person(later), "KJ-LATER-1", Tier.GRAVE, MeasureKind.BAN_REVIEW, today.plusDays(1), today.plusYears(4));
        assertThat(count("integrity_effect", "record_id", findingId("KJ-LATER-1"))).as("not in force yet").isZero();

        // A record whose measure starts today but was never announced: what the check finds each morning.
        Actor due = demo.newExpert("653121");
        var finding = new EntryRules(sanctionRules).finding(new RecordContent(person(due), "Bias", new Decision("Region",
                "KJ-DUE-1", today.minusDays(10)), Tier.GRAVE, List.of(new Measure(MeasureKind.BAN_REVIEW, null, today,
                today.plusYears(4))), null), bureau, Instant.now());
        entries.append(finding);
        effects.checkDue();
        Waits.until("the due expert leaves the pool", ASYNC, () -> "LEFT".equals(experts.expert(due.accountId())
                .orElseThrow().status()));
        effects.checkDue();
        assertThat(count("integrity_effect", "record_id", finding.id())).as("announced once").isOne();
        assertThat(experts.expert(later.accountId()).orElseThrow().status()).isEqualTo("ACTIVE");
    }

    @Test
    void theConflictRulesOfTheCallDecide() {
        Actor local = demo.newExpert("653101");
        UUID proposal = demo.readyForReview();
        UUID call = proposals.summary(proposal).callId();
        assertThat(conflicts.explain(proposal, local.accountId()).has(ConflictCode.SAME_COUNTY)).isFalse();
        programs.changeConflictRules(call, new ConflictRules(3, 3, 3, true), bureau);
        try {
            assertThat(conflicts.explain(proposal, local.accountId()).has(ConflictCode.SAME_COUNTY)).isTrue();
            assertThat(conflicts.excluded(proposal)).anySatisfy(e -> assertThat(e.expertAccountId())
                    .isEqualTo(local.accountId()));
            assertThatThrownBy(() -> programs.changeConflictRules(call, new ConflictRules(-1, 3, 3, true), bureau))
                    .hasMessageStartingWith("program.call.conflictYears");
        } finally {
            programs.changeConflictRules(call, ConflictRules.defaults(), bureau);
        }
        assertThat(conflicts.explain(proposal, local.accountId()).eligible()).isTrue();
    }

    @Test
    void aBlockIsWordedForItsReaderTheSubjectSeesTheRecordTheOthersOnlyTheRule() throws Exception {
        Actor pi = demo.newApplicant();
        Actor member = demo.newApplicant();
        var content = Demo.completeContent("Worded " + pi.username());
        content = new org.kstp.proposal.domain.ProposalContent(content.title(), content.summary(), content.keywords(),
                content.planTaskCode(), content.industryCode(), content.requestedAmount(),
                List.of(new org.kstp.proposal.domain.TeamMember(member.displayName(), "Engineer", "Org", "Field work",
                        member.accountId())), content.budget(), content.plannedEndOn());
        UUID draft = proposals.draft(demo.openCall().id(), content, pi);
        record(person(member), "KJ-TEAM-1", Tier.SERIOUS, MeasureKind.BAN_TEAM_MEMBER, today.minusDays(1),
                today.plusYears(1));
        mvc.perform(get("/proposals/" + draft).with(demo.as(pi))).andExpect(status().isOk())
                .andExpect(content().string(containsString(member.displayName())))
                .andExpect(content().string(not(containsString("KJ-TEAM-1"))))
                .andExpect(content().string(not(containsString("own-record-link"))));
        mvc.perform(get("/proposals/" + draft).with(demo.as(member))).andExpect(status().isOk())
                .andExpect(content().string(containsString("KJ-TEAM-1")))
                .andExpect(content().string(containsString("data-testid=\"own-record-link\"")));
        var proposal = proposals.visible(draft, pi);
        assertThat(proposals.blockers(proposal, proposals.call(proposal.callId()), bureau))
                .extracting(org.kstp.proposal.domain.ProposalChecklist.Finding::messageKey)
                .contains("proposal.check.integrity.member.detail");
    }

    private void record(Party party, String number, Tier tier, MeasureKind kind, LocalDate start, LocalDate end) {
        register.recordFinding(new RecordContent(party, "Misconduct", new Decision("Region", number, today.minusDays(30)),
                tier, List.of(new Measure(kind, null, start, end)), null), bureau);
    }

    private static Party person(Actor a) {
        return new Party(SubjectType.RESEARCHER, a.accountId(), a.displayName(), null, null, null);
    }

    private UUID findingId(String documentNumber) {
        return jdbc.sql("select id from integrity_record where document_number = ?").param(documentNumber)
                .query(UUID.class).single();
    }

    private int count(String table, String column, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(id)
                .query(Integer.class).single();
    }

    private Project runningProject(Actor pi, UUID host) {
        Project project = projects.save(Project.award(new ProposalApproved(UUID.randomUUID(), demo.openCall().id(),
                "KS-T-" + pi.username(), "Project of " + pi.username(), host, pi.accountId(), pi.displayName(), "653101",
                new BigDecimal("100000.00"), today.plusYears(2), List.of()), Instant.now()));
        projectService.signAgreement(project.id(), bureau);
        return projects.findById(project.id()).orElseThrow();
    }

    /** The plain text of a notice mail (a single part or the text parts of a multipart message). */
    private static String text(MimeMessage m) {
        try {
            Object content = m.getContent();
            if (content instanceof String text) {
                return text;
            }
            jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    out.append(parts.getBodyPart(i).getContent());
                }
            }
            return out.toString();
        } catch (IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
