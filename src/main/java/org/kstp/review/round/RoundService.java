package org.kstp.review.round;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.program.ProgramApi;
import org.kstp.proposal.ProposalApi;
import org.kstp.proposal.ProposalSummary;
import org.kstp.review.assignment.SeedCommitment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Bureau staff's commands on review rounds: create, configure, choose proposals, draw, close. Every change audited. */
@Service
public class RoundService {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final ReviewRoundRepository rounds;
    private final ProposalApi proposals;
    private final ProgramApi programs;
    private final AuditApi audit;
    private final BusinessTime time;
    private final DrawJob job;
    private final RoundJobs jobs;
    private final JdbcClient jdbc;
    private final RoundInvitations invitations;

    RoundService(ReviewRoundRepository rounds, ProposalApi proposals, ProgramApi programs, AuditApi audit, BusinessTime time,
                 DrawJob job, RoundJobs jobs, JdbcClient jdbc, RoundInvitations invitations) {
        this.invitations = invitations;
        this.rounds = rounds;
        this.proposals = proposals;
        this.programs = programs;
        this.audit = audit;
        this.time = time;
        this.job = job;
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    @Transactional
    public UUID create(UUID callId, String title, RoundMode mode, RoundParameters parameters, Actor actor) {
        requireBureau(actor);
        programs.call(callId).orElseThrow(() -> new RuleViolation("review.round.noCall"));
        ReviewRound round = rounds.save(ReviewRound.create(callId, title, mode, parameters, today(), actor,
                time.now()));
        audit.record(actor, "review-round", round.id(), "CREATE", describe(round));
        return round.id();
    }

    @Transactional
    public void configure(UUID roundId, RoundMode mode, RoundParameters parameters, Actor actor) {
        requireBureau(actor);
        ReviewRound round = round(roundId);
        round.configure(mode, parameters, today(), actor, time.now());
        rounds.save(round);
        audit.record(actor, "review-round", roundId, RoundAction.EDIT.name(), describe(round));
    }

    /**
     * Puts exactly these proposals in the round. Each must be formally checked in the round's call
     * and in no other open round, so no proposal is drawn twice.
     */
    @Transactional
    public void chooseProposals(UUID roundId, Set<UUID> proposalIds, Actor actor) {
        requireBureau(actor);
        ReviewRound round = round(roundId);
        for (UUID id : proposalIds) {
            ProposalSummary p = proposals.summary(id);
            if (!p.callId().equals(round.callId()) || !"FORMALLY_CHECKED".equals(p.status())) {
                throw new RuleViolation("review.round.proposalNotReady", p.trackingNumber());
            }
            if (inOtherOpenRound(id, roundId)) {
                throw new RuleViolation("review.round.proposalInOtherRound", p.trackingNumber());
            }
        }
        round.chooseProposals(proposalIds, actor, time.now());
        rounds.save(round);
        audit.record(actor, "review-round", roundId, "CHOOSE_PROPOSALS", proposalIds.size() + " proposals");
    }

    /** Formally checked proposals of the round's call, which staff may put in the round. */
    public List<ProposalSummary> choosable(ReviewRound round) {
        return proposals.inReview().stream()
                .filter(p -> p.callId().equals(round.callId()))
                .filter(p -> "FORMALLY_CHECKED".equals(p.status()) || round.proposalIds().contains(p.id()))
                .toList();
    }

    /**
     * Commits to a fresh 128-bit seed, records the commitment in the audit log before anything is
     * drawn, and starts the background draw once that is committed.
     */
    @Transactional
    public String startDraw(UUID roundId, Actor actor) {
        requireBureau(actor);
        ReviewRound round = round(roundId);
        for (UUID id : round.proposalIds()) {
            ProposalSummary p = proposals.summary(id);
            if (!"FORMALLY_CHECKED".equals(p.status())) {
                throw new RuleViolation("review.round.proposalNotReady", p.trackingNumber());
            }
        }
        String seed = round.mode() == RoundMode.RANDOMISED ? newSeed() : null;
        String commitment = seed == null ? null : SeedCommitment.commitment(seed);
        round.startDraw(seed, commitment, actor, time.now());
        rounds.save(round);
        audit.record(actor, "review-round", roundId, "COMMIT_SEED",
                commitment == null ? "deterministic" : "sha256=" + commitment);
        jobs.step(roundId, DrawStep.CANDIDATES);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                job.submit(roundId, actor);
            }
        });
        return commitment;
    }

    /**
     * Closes the round and, in the same transaction, ends what is still open in it (see
     * {@link RoundInvitations#endOpen}): a closed round leaves nobody asked to review.
     */
    @Transactional
    public void close(UUID roundId, String comment, Actor actor) {
        requireBureau(actor);
        ReviewRound round = round(roundId);
        round.close(comment, actor, time.now());
        rounds.save(round);
        audit.record(actor, "review-round", roundId, RoundAction.CLOSE.name(), comment);
        invitations.endOpen(roundId, actor);
    }

    public ReviewRound round(UUID roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFound("review-round", roundId));
    }

    public List<ReviewRound> all() {
        return rounds.findAllByOrderByCreatedAtDesc();
    }

    public Optional<RoundJobs.Progress> progress(UUID roundId) {
        return jobs.progress(roundId);
    }

    private boolean inOtherOpenRound(UUID proposalId, UUID roundId) {
        return jdbc.sql("""
                select count(*) from review_round_proposal rp join review_round r on r.id = rp.round_id
                where rp.proposal_id = ? and r.id <> ? and r.status <> 'CLOSED'""")
                .params(proposalId, roundId).query(Integer.class).single() > 0;
    }

    private static String newSeed() {
        byte[] bytes = new byte[16];
        SEEDS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String describe(ReviewRound r) {
        RoundParameters p = r.parameters();
        return r.mode() + " k=" + p.reviewersPerProposal() + " q=" + p.pairCap()
                + " outside=" + p.requireOutside() + " due=" + p.reviewDue();
    }

    private LocalDate today() {
        return time.today();
    }

    static void requireBureau(Actor actor) {
        if (!actor.has(Role.BUREAU_STAFF)) {
            throw new AccessDeniedException("bureau only");
        }
    }
}
