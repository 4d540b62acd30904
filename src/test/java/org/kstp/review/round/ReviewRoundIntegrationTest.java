package org.kstp.review.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.kstp.directory.DirectoryApi;
import org.kstp.expert.ExpertApi;
import org.kstp.expert.NewExpert;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;
import org.kstp.proposal.domain.FormalCheck;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.common.RuleViolation;
import org.kstp.review.domain.AssignmentStatus;
import org.kstp.review.domain.ConflictCheck;
import org.kstp.review.domain.ReviewAssignment;
import org.kstp.review.domain.ReviewService;
import org.kstp.review.domain.ScoreCriterion;
import org.kstp.review.scoring.Recommendation;
import org.kstp.review.scoring.ScorecardInput;
import org.kstp.review.scoring.ScoringService;
import org.kstp.integrity.domain.Decision;
import org.kstp.integrity.domain.Measure;
import org.kstp.integrity.MeasureKind;
import org.kstp.integrity.domain.Party;
import org.kstp.integrity.domain.RecordContent;
import org.kstp.integrity.domain.Register;
import org.kstp.integrity.domain.SubjectType;
import org.kstp.integrity.domain.Tier;
import org.kstp.support.Demo;
import org.kstp.support.Waits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A round over demo-call proposals and the real pool, end to end: the shortage rule refuses a draw
 * and keeps nothing; a randomised draw commits SHA-256(seed) before drawing, keeps every constraint,
 * becomes real assignments, can be re-run from the revealed seed to the same pairs; a decline brings
 * a replacement from the same distribution that staff confirm; reminders reach the expert; an invited
 * expert reviews only after accepting; closing a round ends its open invitations.
 */
@KstpIntegrationTest
class ReviewRoundIntegrationTest {

    private static final int K = 2;

    @Autowired Demo demo;
    @Autowired ProposalService proposals;
    @Autowired FormalCheck formalCheck;
    @Autowired ReviewService review;
    @Autowired RoundService rounds;
    @Autowired RoundVerifier verifier;
    @Autowired RoundInvitations invitations;
    @Autowired RoundReminders reminders;
    @Autowired RoundSnapshots snapshots;
    @Autowired ConflictCheck conflicts;
    @Autowired IdentityApi identity;
    @Autowired ExpertApi experts;
    @Autowired DirectoryApi directory;
    @Autowired JdbcClient jdbc;
    @Autowired WebApplicationContext context;
    @Autowired Register register;
    @Autowired ScoringService scoring;
    @Autowired MessageSource messages;

    Actor bureau;
    String tag;

    @BeforeEach
    void setUp() {
        bureau = demo.actor("bureau.admin");
        tag = "t" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aRandomisedRoundDrawsReproduciblyWithinItsRulesAndReplacesADecline() throws Exception {
        Map<UUID, UUID> organisationOf = poolOfEightExperts();
        List<UUID> ids = List.of(formallyChecked(), formallyChecked(), formallyChecked());
        RoundParameters parameters = new RoundParameters(K, 10, new BigDecimal("0.50"), true,
                LocalDate.now(BusinessTime.ZONE).plusDays(10));
        UUID roundId = rounds.create(demo.openCall().id(), "Round " + tag, RoundMode.RANDOMISED,
                new RoundParameters(15, 10, new BigDecimal("0.10"), true, LocalDate.now(BusinessTime.ZONE).plusDays(10)), bureau);
        rounds.chooseProposals(roundId, new HashSet<>(ids), bureau);

        // k = 15 at q = 0.1 needs 150 candidates, more than the test pool: flagged before the draw,
        // and the draw refuses, keeping nothing.
        assertThat(verifier.shortages(rounds.round(roundId))).hasSize(3).allMatch(CandidateShortage::shortOfCandidates);
        rounds.startDraw(roundId, bureau);
        ReviewRound failed = awaitDraw(roundId);
        assertThat(failed.status()).isEqualTo(RoundStatus.DRAFT);
        assertThat(DrawError.decode(failed.drawError()).key()).isEqualTo("review.round.draw.short");
        assertThat(ids).allSatisfy(id -> {
            assertThat(proposals.summary(id).status()).isEqualTo("FORMALLY_CHECKED");
            assertThat(review.assignmentsOf(id)).isEmpty();
        });

        rounds.configure(roundId, RoundMode.RANDOMISED, parameters, bureau);
        assertThat(verifier.shortages(rounds.round(roundId))).noneMatch(CandidateShortage::shortOfCandidates);
        String commitment = rounds.startDraw(roundId, bureau);
        assertThat(auditActions(roundId)).endsWith("COMMIT_SEED");
        assertThat(auditDetails(roundId, "COMMIT_SEED")).contains("sha256=" + commitment);
        ReviewRound round = awaitDraw(roundId);
        assertThat(round.status()).as(String.valueOf(round.drawError())).isEqualTo(RoundStatus.DRAWN);

        String seed = round.revealedSeed();
        assertThat(commitment).isEqualTo(sha256(seed)).isEqualTo(round.commitment());
        assertThat(auditActions(roundId)).containsSubsequence("COMMIT_SEED", "COMPLETE_DRAW");
        assertThat(auditDetails(roundId, "COMPLETE_DRAW")).contains("seed=" + seed);

        List<Invitation> drawn = invitations.ofRound(roundId);
        assertConstraints(round, drawn, organisationOf);
        assertReproducible(round, drawn);
        assertThat(round.outcome().violations()).isZero();
        assertThat(round.outcome().minReviewers()).isEqualTo(K);
        assertThat(round.outcome().maxProbability()).isLessThanOrEqualTo(0.5 + 1e-9);
        assertThat(round.outcome().outsideMissing()).isZero();

        declineAndReplace(round, drawn.getFirst(), organisationOf);
        acceptBeginsReview(roundId);
        conflictDeclaredCountsAsDecline(roundId);
        sanctionWithdrawsInvitations(roundId);
        assertThat(verifier.verify(rounds.round(roundId)).drawMatches()).isTrue();
        remindersReachExperts(roundId);
        pagesAreStaffOnly(roundId, commitment, seed);
    }

    /**
     * A drawn expert has not taken the review on until they accept: the no-conflict declaration (and
     * so the content and the scorecard) is refused before, and the page offers the answer first. An
     * assignment staff made by hand has no invitation and declares at once.
     */
    @Test
    void anInvitedExpertReviewsOnlyAfterAccepting() throws Exception {
        poolOfEightExperts();
        UUID proposal = formallyChecked();
        UUID roundId = drawnRound(List.of(proposal));
        Invitation invited = invitations.ofRound(roundId).getFirst();
        assertThat(invited.status()).isEqualTo(InvitationStatus.INVITED);
        Actor expert = expertOf(invited);
        UUID assignment = invited.assignmentId();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();

        assertThatThrownBy(() -> review.declareNoConflict(assignment, expert))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("review.invitation.acceptFirst"));
        assertThatThrownBy(() -> scoring.saveDraft(assignment, fullMarks(proposal), expert))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("review.invitation.acceptFirst"));
        assertThat(review.ownAssignment(assignment, expert).declared()).isFalse();
        mvc.perform(get("/review/assignments/" + assignment).with(demo.as(expert))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"accept-first\"")))
                .andExpect(content().string(not(containsString("data-testid=\"declaration\""))))
                .andExpect(content().string(not(containsString("data-testid=\"scorecard\""))));

        // Declaring a conflict stays open before accepting: it is a refusal, not a review (see
        // conflictDeclaredCountsAsDecline). Accepting opens the declaration, then the scorecard.
        invitations.accept(assignment, expert);
        mvc.perform(get("/review/assignments/" + assignment).with(demo.as(expert))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"declaration\"")))
                .andExpect(content().string(not(containsString("data-testid=\"accept-first\""))));
        review.declareNoConflict(assignment, expert);
        scoring.submit(assignment, fullMarks(proposal), expert);
        assertThat(review.ownAssignment(assignment, expert).status()).isEqualTo(AssignmentStatus.SUBMITTED);

        Actor byHand = demo.newExpert("Shandong");
        UUID manual = review.assign(demo.readyForReview(), byHand.accountId(), bureau);
        assertThat(review.awaitingAcceptance(manual)).isFalse();
        review.declareNoConflict(manual, byHand);
        assertThat(review.ownAssignment(manual, byHand).declared()).isTrue();
    }

    /** Staff taking an expert off a proposal tells the expert, with the reason staff gave. */
    @Test
    void anExpertWithdrawnByStaffIsToldWhy() {
        poolOfEightExperts();
        UUID proposal = formallyChecked();
        UUID roundId = drawnRound(List.of(proposal));
        Invitation invited = invitationsOf(roundId, proposal).getFirst();

        invitations.withdraw(invited.id(), "Works in the PI's laboratory", bureau);

        assertThat(review.assignmentsFor(expertOf(invited))).extracting(ReviewAssignment::id)
                .doesNotContain(invited.assignmentId());
        Waits.until("the expert's withdrawal notice", java.time.Duration.ofSeconds(20), () -> jdbc.sql("""
                select count(*) from notification_notice where recipient_id = ?
                and message_key = 'notification.review.withdrawn' and args::text like '%PI''s laboratory%'""")
                .param(invited.expertAccountId()).query(Integer.class).single() == 1);
    }

    /**
     * Closing a round ends what is open in it: invited experts are withdrawn (their assignments leave
     * their queues), suggested replacements dismissed, and so is an accepted review whose scorecard is
     * not in (the round is over; its draft goes with the assignment). A submitted review stays as it
     * is, the proposal whose remaining reviews are all in completes its review, and no reminder goes out.
     */
    @Test
    void closingARoundEndsItsOpenInvitationsAndKeepsSubmittedWork() throws Exception {
        poolOfEightExperts();
        UUID reviewed = formallyChecked();
        UUID waiting = formallyChecked();
        UUID roundId = drawnRound(List.of(reviewed, waiting));
        List<Invitation> onReviewed = invitationsOf(roundId, reviewed);
        List<Invitation> onWaiting = invitationsOf(roundId, waiting);
        Invitation submitted = onReviewed.get(0);
        Invitation acceptedOnly = onReviewed.get(1);
        Invitation invited = onWaiting.get(0);
        Invitation declined = onWaiting.get(1);

        accept(submitted);
        review.declareNoConflict(submitted.assignmentId(), expertOf(submitted));
        scoring.submit(submitted.assignmentId(), fullMarks(reviewed), expertOf(submitted));
        accept(acceptedOnly);
        review.declareNoConflict(acceptedOnly.assignmentId(), expertOf(acceptedOnly));
        scoring.saveDraft(acceptedOnly.assignmentId(), fullMarks(reviewed), expertOf(acceptedOnly));
        invitations.decline(declined.assignmentId(), "Abroad all month", expertOf(declined));
        Invitation suggestion = invitations.ofRound(roundId).stream()
                .filter(i -> declined.id().equals(i.replacesId())).findFirst().orElseThrow();
        assertThat(suggestion.status()).isEqualTo(InvitationStatus.SUGGESTED);

        rounds.close(roundId, "Review period over", bureau);

        assertThat(rounds.round(roundId).status()).isEqualTo(RoundStatus.CLOSED);
        Map<UUID, Invitation> after = new HashMap<>();
        invitations.ofRound(roundId).forEach(i -> after.put(i.id(), i));
        assertThat(after.get(submitted.id()).status()).isEqualTo(InvitationStatus.ACCEPTED);
        assertThat(review.ownAssignment(submitted.assignmentId(), expertOf(submitted)).status())
                .isEqualTo(AssignmentStatus.SUBMITTED);
        for (Invitation ended : List.of(invited, acceptedOnly)) {
            assertThat(after.get(ended.id()).status()).isEqualTo(InvitationStatus.WITHDRAWN);
            assertThat(after.get(ended.id()).reason()).isEqualTo(Invitation.ROUND_CLOSED);
            assertThat(review.assignmentsFor(expertOf(ended))).extracting(ReviewAssignment::id)
                    .doesNotContain(ended.assignmentId());
            assertThat(auditActions(ended.id())).endsWith("WITHDRAW");
            assertThat(auditActions(ended.assignmentId())).endsWith("WITHDRAW_ON_CLOSE");
            // The expert is told (after commit, from the persisted event): the review no longer counts.
            Waits.until("the expert's withdrawal notice", java.time.Duration.ofSeconds(20), () -> jdbc.sql("""
                    select count(*) from notification_notice where recipient_id = ?
                    and message_key = 'notification.review.withdrawnOnClose'""")
                    .param(ended.expertAccountId()).query(Integer.class).single() == 1);
        }
        assertThat(after.get(suggestion.id()).status()).isEqualTo(InvitationStatus.DISMISSED);
        assertThat(auditActions(suggestion.id())).endsWith("DISMISS");
        assertThat(after.get(declined.id()).status()).isEqualTo(InvitationStatus.DECLINED);
        assertThat(after.values()).noneMatch(i -> i.status() == InvitationStatus.SUGGESTED
                || i.status() == InvitationStatus.INVITED);
        assertThat(jdbc.sql("select count(*) from review_scorecard where id = ?").param(acceptedOnly.assignmentId())
                .query(Integer.class).single()).isZero();
        assertThat(proposals.summary(reviewed).status()).isEqualTo("REVIEWED");
        assertThat(proposals.summary(waiting).status()).isEqualTo("UNDER_REVIEW");
        assertThat(reminders.remind(roundId, null, null, bureau)).isZero();

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        mvc.perform(get("/review/assignments").with(demo.as(expertOf(invited)))).andExpect(status().isOk())
                .andExpect(content().string(not(
                        containsString("/review/assignments/" + invited.assignmentId()))));
        String closedReason = messages.getMessage(Invitation.ROUND_CLOSED, null, java.util.Locale.SIMPLIFIED_CHINESE);
        mvc.perform(get("/review/rounds/" + roundId).with(demo.as("bureau.admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(closedReason)))
                .andExpect(content().string(not(containsString(Invitation.ROUND_CLOSED))));
    }

    @Test
    void staffCreateAndConfigureARoundOnItsPages() throws Exception {
        UUID proposal = formallyChecked();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        mvc.perform(post("/review/rounds").with(demo.as("bureau.admin")).with(csrf())
                        .param("callId", demo.openCall().id().toString()).param("title", " ")
                        .param("mode", "RANDOMISED").param("reviewersPerProposal", "5").param("maxLoad", "10")
                        .param("pairCap", "0.5").param("reviewDue", LocalDate.now(BusinessTime.ZONE).plusDays(7).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        String location = mvc.perform(post("/review/rounds").with(demo.as("bureau.admin")).with(csrf())
                        .param("callId", demo.openCall().id().toString()).param("title", "Web " + tag)
                        .param("mode", "RANDOMISED").param("reviewersPerProposal", "15").param("maxLoad", "10")
                        .param("pairCap", "0.1").param("reviewDue", LocalDate.now(BusinessTime.ZONE).plusDays(7).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID roundId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post(location + "/proposals").with(demo.as("bureau.admin")).with(csrf())
                .param("proposal", proposal.toString())).andExpect(status().is3xxRedirection());
        // k = 15 at q = 0.1 needs 150 candidates: the proposal is flagged before any draw.
        mvc.perform(get(location).with(demo.as("bureau.admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"shortages\"")))
                .andExpect(content().string(containsString("data-testid=\"short\"")))
                .andExpect(content().string(containsString("data-testid=\"draw\"")));
        mvc.perform(get(location + "/progress").with(demo.as("bureau.admin")).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(header().string("HX-Refresh", "true"));
        mvc.perform(post(location + "/parameters").with(demo.as("bureau.admin")).with(csrf())
                        .param("title", "Web " + tag).param("mode", "DETERMINISTIC").param("reviewersPerProposal", "3")
                        .param("maxLoad", "10").param("pairCap", "1")
                        .param("reviewDue", LocalDate.now(BusinessTime.ZONE).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(rounds.round(roundId).mode()).isEqualTo(RoundMode.DETERMINISTIC);
        assertThat(rounds.round(roundId).parameters().reviewersPerProposal()).isEqualTo(3);
        rounds.close(roundId, "Test over", bureau);
        assertThat(auditActions(roundId)).containsExactly("CREATE", "CHOOSE_PROPOSALS", "EDIT", "CLOSE");
    }

    private void assertConstraints(ReviewRound round, List<Invitation> drawn, Map<UUID, UUID> organisationOf) {
        Map<UUID, List<Invitation>> byProposal = new HashMap<>();
        drawn.forEach(i -> byProposal.computeIfAbsent(i.proposalId(), p -> new ArrayList<>()).add(i));
        assertThat(byProposal).hasSize(3);
        byProposal.forEach((proposal, list) -> {
            assertThat(list).hasSize(K).allMatch(i -> i.status() == InvitationStatus.INVITED);
            assertThat(list.stream().map(Invitation::expertAccountId).distinct()).hasSize(K);
            List<UUID> orgs = list.stream().map(i -> organisationOf.get(i.expertAccountId()))
                    .filter(java.util.Objects::nonNull).toList();
            assertThat(orgs).doesNotHaveDuplicates();
            assertThat(list).allMatch(i -> conflicts.explain(proposal, i.expertAccountId()).eligible());
            assertThat(list).anyMatch(i -> experts.expert(i.expertAccountId()).orElseThrow().partnerProvince());
            // The drawn pairs are real assignments in the experts' queues, and the proposal is under review.
            assertThat(review.assignmentsOf(proposal)).extracting(ReviewAssignment::id)
                    .containsExactlyInAnyOrderElementsOf(list.stream().map(Invitation::assignmentId).toList());
            assertThat(proposals.summary(proposal).status()).isEqualTo("UNDER_REVIEW");
        });
        Map<UUID, Long> load = new HashMap<>();
        drawn.forEach(i -> load.merge(i.expertAccountId(), 1L, Long::sum));
        assertThat(load.values()).allMatch(n -> n <= round.parameters().maxLoad());
        assertThat(round.outcome().maxLoadDrawn()).isEqualTo(load.values().stream().max(Long::compare).orElseThrow().intValue());
    }

    /** Re-running the saved input with the revealed seed, twice, gives exactly the saved pairs. */
    private void assertReproducible(ReviewRound round, List<Invitation> drawn) {
        Set<String> saved = new HashSet<>();
        drawn.forEach(i -> saved.add(i.proposalId() + "/" + i.expertAccountId()));
        for (int run = 0; run < 2; run++) {
            RoundProblem problem = snapshots.load(round);
            var again = RoundSolver.solve(problem.assignmentProblem(), round.mode(), round.parameters().pairCap(),
                    round.revealedSeed(), step -> { });
            Set<String> pairs = new HashSet<>();
            for (int pair : again.assignment().pairs()) {
                pairs.add(problem.proposals().get(problem.pairs().proposalOf(pair)) + "/"
                        + problem.experts().get(problem.pairs().expert()[pair]).accountId());
            }
            assertThat(pairs).isEqualTo(saved);
        }
        RoundVerifier.Verification v = verifier.verify(round);
        assertThat(v.commitmentMatches()).isTrue();
        assertThat(v.drawMatches()).isTrue();
        assertThat(v.saved()).isEqualTo(3 * K);
    }

    private void declineAndReplace(ReviewRound round, Invitation declined, Map<UUID, UUID> organisationOf) {
        Actor expert = demo.actor(identity.account(declined.expertAccountId()).orElseThrow().username());
        Actor someoneElse = demo.actor("expert.demo3");
        assertThatThrownBy(() -> invitations.decline(declined.assignmentId(), "No", someoneElse))
                .isInstanceOf(NotFound.class);
        invitations.decline(declined.assignmentId(), "On leave in December", expert);

        assertThat(review.assignmentsOf(declined.proposalId())).noneMatch(a -> a.id().equals(declined.assignmentId()));
        List<Invitation> now = invitations.ofRound(round.id());
        assertThat(now).filteredOn(i -> i.id().equals(declined.id())).singleElement()
                .extracting(Invitation::status).isEqualTo(InvitationStatus.DECLINED);
        Invitation suggestion = now.stream().filter(i -> declined.id().equals(i.replacesId())).findFirst().orElseThrow();
        assertThat(suggestion.status()).isEqualTo(InvitationStatus.SUGGESTED);
        List<Invitation> others = now.stream().filter(i -> i.proposalId().equals(declined.proposalId()) && i.active())
                .toList();
        assertThat(others).noneMatch(i -> i.expertAccountId().equals(suggestion.expertAccountId()));
        assertThat(suggestion.expertAccountId()).isNotEqualTo(declined.expertAccountId());
        UUID org = organisationOf.get(suggestion.expertAccountId());
        assertThat(others).noneMatch(i -> org != null && org.equals(organisationOf.get(i.expertAccountId())));
        assertThat(suggestion.probability()).isNotNull();

        invitations.confirm(suggestion.id(), bureau);
        Invitation confirmed = invitations.ofRound(round.id()).stream().filter(i -> i.id().equals(suggestion.id()))
                .findFirst().orElseThrow();
        assertThat(confirmed.status()).isEqualTo(InvitationStatus.INVITED);
        assertThat(review.assignmentsOf(declined.proposalId())).extracting(ReviewAssignment::expertAccountId)
                .contains(suggestion.expertAccountId()).hasSize(K);
        assertThat(auditActions(declined.id())).contains("DECLINE");
        assertThat(auditActions(suggestion.id())).containsSubsequence("SUGGEST_REPLACEMENT", "CONFIRM");
    }

    private void acceptBeginsReview(UUID roundId) {
        Invitation invited = invitations.ofRound(roundId).stream().filter(i -> i.status() == InvitationStatus.INVITED)
                .findFirst().orElseThrow();
        Actor expert = demo.actor(identity.account(invited.expertAccountId()).orElseThrow().username());
        invitations.accept(invited.assignmentId(), expert);
        assertThat(rounds.round(roundId).status()).isEqualTo(RoundStatus.REVIEWING);
    }

    /** An expert who declares a conflict on a drawn assignment leaves the round like a decline, with a replacement. */
    private void conflictDeclaredCountsAsDecline(UUID roundId) {
        Invitation invited = invitations.ofRound(roundId).stream().filter(i -> i.status() == InvitationStatus.INVITED)
                .findFirst().orElseThrow();
        Actor expert = demo.actor(identity.account(invited.expertAccountId()).orElseThrow().username());
        review.declareConflict(invited.assignmentId(), "Supervised the PI", expert);
        List<Invitation> now = invitations.ofRound(roundId);
        assertThat(now).filteredOn(i -> i.id().equals(invited.id())).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(InvitationStatus.DECLINED))
                .satisfies(i -> assertThat(i.reason()).isEqualTo("Supervised the PI"));
        assertThat(now).anyMatch(i -> invited.id().equals(i.replacesId()) && i.status() == InvitationStatus.SUGGESTED);
    }

    /** A review ban taking effect withdraws the expert's open invitations and brings replacements. */
    private void sanctionWithdrawsInvitations(UUID roundId) {
        Invitation invited = invitations.ofRound(roundId).stream().filter(i -> i.status() == InvitationStatus.INVITED)
                .findFirst().orElseThrow();
        var account = identity.account(invited.expertAccountId()).orElseThrow();
        register.recordFinding(new RecordContent(new Party(SubjectType.RESEARCHER, account.id(), account.displayName(),
                null, null, null), "Misconduct", new Decision("Region", "KJ-ROUND-" + tag, LocalDate.now(BusinessTime.ZONE).minusDays(30)),
                Tier.GRAVE, List.of(new Measure(MeasureKind.BAN_REVIEW, null, LocalDate.now(BusinessTime.ZONE).minusDays(1),
                LocalDate.now(BusinessTime.ZONE).plusYears(4))), null), bureau);
        Waits.until("the sanctioned expert's invitation is withdrawn", Duration.ofSeconds(30),
                () -> invitations.ofRound(roundId).stream().anyMatch(i -> i.id().equals(invited.id())
                        && i.status() == InvitationStatus.WITHDRAWN));
        assertThat(invitations.ofRound(roundId)).anyMatch(i -> invited.id().equals(i.replacesId())
                && i.status() == InvitationStatus.SUGGESTED && !i.expertAccountId().equals(invited.expertAccountId()));
    }

    private void remindersReachExperts(UUID roundId) throws InterruptedException {
        Invitation target = invitations.ofRound(roundId).stream().filter(Invitation::active).findFirst().orElseThrow();
        int sent = reminders.remind(roundId, null, target.expertAccountId(), bureau);
        assertThat(sent).isPositive();
        java.util.function.IntSupplier notices = () -> jdbc.sql(
                        "select count(*) from notification_notice where recipient_id = ? and message_key = ?")
                .params(target.expertAccountId(), "notification.review.reminder").query(Integer.class).single();
        Waits.until("the reminders reach the expert", Duration.ofSeconds(20), () -> notices.getAsInt() >= sent);
        assertThat(notices.getAsInt()).isEqualTo(sent);
        assertThatThrownBy(() -> reminders.remind(roundId, null, null, demo.actor("expert.demo1")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void pagesAreStaffOnly(UUID roundId, String commitment, String seed) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        mvc.perform(get("/review/rounds/" + roundId).with(demo.as("bureau.admin"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(commitment)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(seed)));
        mvc.perform(get("/review/rounds/" + roundId + "/verify").with(demo.as("bureau.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"draw-matches\"")));
        mvc.perform(get("/review/rounds/" + roundId).with(demo.as("expert.demo1"))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> rounds.create(demo.openCall().id(), "X", RoundMode.RANDOMISED,
                RoundParameters.defaults(LocalDate.now(BusinessTime.ZONE)), demo.actor("expert.demo1")))
                .isInstanceOf(AccessDeniedException.class);
    }

    /**
     * Eight approved experts matching the test's proposals: two share the demo partner organisation
     * (never both on one proposal), four come from partner provinces (outside).
     */
    private Map<UUID, UUID> poolOfEightExperts() {
        UUID partner = directory.organisationByUscc("12370000495570035E").orElseThrow().id();
        Map<UUID, UUID> organisationOf = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            String username = "exp." + tag + "." + i;
            UUID org = i < 2 ? partner : null;
            UUID account = identity.createAccount(new NewAccount(username, "Expert-pass-" + tag, "Expert " + i + " " + tag,
                    Set.of(Role.EXPERT), null, org, null), Actor.system());
            boolean outside = i % 2 == 0;
            experts.register(new NewExpert(account, "Professor", org, List.of("22045"),
                    "jujube " + tag + ", drip irrigation, orchard", List.of("FRUIT"), outside ? "Shandong" : "653101",
                    outside, "Jujube orchard irrigation trials " + tag), true, Actor.system());
            if (org != null) {
                organisationOf.put(account, org);
            }
        }
        return organisationOf;
    }

    /** A randomised round of k = 2 over the proposals, drawn (the caller's pool of eight makes it possible). */
    private UUID drawnRound(List<UUID> ids) {
        UUID roundId = rounds.create(demo.openCall().id(), "Round " + tag, RoundMode.RANDOMISED,
                new RoundParameters(K, 10, new BigDecimal("0.50"), false, LocalDate.now().plusDays(10)), bureau);
        rounds.chooseProposals(roundId, new HashSet<>(ids), bureau);
        rounds.startDraw(roundId, bureau);
        ReviewRound round = awaitDraw(roundId);
        assertThat(round.status()).as(String.valueOf(round.drawError())).isEqualTo(RoundStatus.DRAWN);
        return roundId;
    }

    private List<Invitation> invitationsOf(UUID roundId, UUID proposal) {
        List<Invitation> drawn = invitations.ofRound(roundId).stream().filter(i -> i.proposalId().equals(proposal))
                .toList();
        assertThat(drawn).hasSize(K).allMatch(i -> i.status() == InvitationStatus.INVITED);
        return drawn;
    }

    private void accept(Invitation invitation) {
        invitations.accept(invitation.assignmentId(), expertOf(invitation));
    }

    private Actor expertOf(Invitation invitation) {
        return demo.actor(identity.account(invitation.expertAccountId()).orElseThrow().username());
    }

    /** Top marks on every criterion of the proposal's sheet, with an opinion, a recommendation and the pledge. */
    private ScorecardInput fullMarks(UUID proposal) {
        Map<ScoreCriterion, Integer> scores = new HashMap<>();
        scoring.sheetOf(proposal).criteria().forEach(c -> scores.put(c.criterion(), c.maxScore()));
        return new ScorecardInput(scores, "Sound plan " + tag, Recommendation.FUND, true);
    }

    private UUID formallyChecked() {
        Actor pi = demo.newApplicant();
        UUID id = proposals.draft(demo.openCall().id(),
                demo.openCallContent("Jujube drip irrigation " + tag + " " + pi.username()), pi);
        proposals.act(id, ProposalAction.SUBMIT, null, pi);
        proposals.act(id, ProposalAction.ENDORSE, null, demo.actor("inst.admin"));
        proposals.act(id, ProposalAction.ACCEPT, null, bureau);
        var verdicts = new HashMap<String, FormalCheck.Verdict>();
        demo.openCall().formalCheckItems().forEach(i -> verdicts.put(i, new FormalCheck.Verdict(i, true, null)));
        formalCheck.record(id, verdicts, FormalCheck.Outcome.RETURN, bureau);
        return id;
    }

    private ReviewRound awaitDraw(UUID roundId) {
        Waits.until("the draw of " + roundId + " ends", Duration.ofSeconds(60),
                () -> rounds.round(roundId).status() != RoundStatus.DRAWING);
        return rounds.round(roundId);
    }

    private List<String> auditActions(UUID objectId) {
        return jdbc.sql("select action from audit_record where object_id = ? order by seq")
                .param(objectId.toString()).query(String.class).list();
    }

    private String auditDetails(UUID objectId, String action) {
        return String.join("\n", jdbc.sql("select detail from audit_record where object_id = ? and action = ?")
                .params(objectId.toString(), action).query(String.class).list());
    }

    private static String sha256(String text) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
