package org.kstp.review.round;

import java.time.Clock;
import java.util.UUID;
import java.util.stream.IntStream;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.review.assignment.CandidatePairs;
import org.kstp.review.domain.ConflictCheck;
import org.kstp.review.domain.ReviewService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The draw as a background job: candidates, affinity, solve, rounding, saving, each step written to
 * the progress table. Everything the draw creates is written in one transaction at the end, so a
 * failure at any step leaves the proposals and queues as they were and the round back in DRAFT with
 * the reason.
 */
@Component
class DrawJob {

    private static final Logger log = LoggerFactory.getLogger(DrawJob.class);

    private final ReviewRoundRepository rounds;
    private final InvitationRepository invitations;
    private final RoundJobs jobs;
    private final CandidateFinder finder;
    private final RoundSnapshots snapshots;
    private final ReviewService review;
    private final ConflictCheck conflicts;
    private final AuditApi audit;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TaskExecutor executor;

    DrawJob(ReviewRoundRepository rounds, InvitationRepository invitations, RoundJobs jobs, CandidateFinder finder,
            RoundSnapshots snapshots, ReviewService review, ConflictCheck conflicts, AuditApi audit, Clock clock,
            TransactionTemplate tx, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.rounds = rounds;
        this.invitations = invitations;
        this.jobs = jobs;
        this.finder = finder;
        this.snapshots = snapshots;
        this.review = review;
        this.conflicts = conflicts;
        this.audit = audit;
        this.clock = clock;
        this.tx = tx;
        this.executor = executor;
    }

    void submit(UUID roundId, Actor actor) {
        executor.execute(() -> run(roundId, actor));
    }

    void run(UUID roundId, Actor actor) {
        ReviewRound round = rounds.findById(roundId).orElseThrow();
        try {
            jobs.step(roundId, DrawStep.CANDIDATES);
            RoundProblem problem = finder.find(round.proposalIds(), round.parameters(), s -> jobs.step(roundId, s));
            requireEnoughCandidates(problem, round);
            RoundSolver.Drawn drawn = RoundSolver.solve(problem.assignmentProblem(), round.mode(),
                    round.parameters().pairCap(), round.seedForDraw(), s -> jobs.step(roundId, s));
            jobs.step(roundId, DrawStep.SAVING);
            tx.executeWithoutResult(status -> save(roundId, problem, drawn, actor));
        } catch (RuntimeException failure) {
            log.warn("Draw of review round {} failed", roundId, failure);
            failInOwnTransaction(roundId, DrawError.of(failure), actor);
        } finally {
            jobs.step(roundId, DrawStep.DONE);
        }
    }

    /** The rule of the issue, made clear: no draw while any proposal is short of candidates. */
    private static void requireEnoughCandidates(RoundProblem problem, ReviewRound round) {
        int needed = round.parameters().candidatesNeeded(round.mode());
        long shortOnes = IntStream.range(0, problem.proposals().size())
                .filter(p -> problem.distinctOrganisations(p) < needed).count();
        if (shortOnes > 0) {
            throw new RuleViolation("review.round.draw.short", shortOnes, needed);
        }
    }

    private void save(UUID roundId, RoundProblem problem, RoundSolver.Drawn drawn, Actor actor) {
        ReviewRound round = rounds.findById(roundId).orElseThrow();
        snapshots.save(roundId, problem);
        CandidatePairs c = problem.pairs();
        long conflicted = 0;
        for (int pair : drawn.assignment().pairs()) {
            UUID proposal = problem.proposals().get(c.proposalOf(pair));
            SnapshotExpert expert = problem.experts().get(c.expert()[pair]);
            // Conflicts are screened again at saving: a declaration made during the draw still counts.
            var eligibility = conflicts.explain(proposal, expert.accountId());
            if (!eligibility.eligible()) {
                conflicted++;
                invitations.save(Invitation.conflicted(roundId, proposal, expert.accountId(), expert.name(),
                        c.score()[pair], eligibility.reasons().getFirst().code().name(), clock.instant()));
                continue;
            }
            UUID assignment = review.assignChosen(proposal, expert.accountId(), actor);
            invitations.save(Invitation.drawn(roundId, proposal, expert.accountId(), expert.name(), assignment,
                    c.score()[pair], drawn.lp() == null ? null : drawn.lp().probability(pair), clock.instant()));
        }
        RoundOutcome o = drawn.outcome();
        round.completeDraw(new RoundOutcome(o.objective(), o.optimal(), o.expectedPct(), o.maxProbability(),
                o.maxLoadDrawn(), o.minReviewers(), o.maxReviewers(), o.violations() + conflicted,
                o.outsideMissing()), actor, clock.instant());
        rounds.save(round);
        audit.record(actor, "review-round", roundId, RoundAction.COMPLETE_DRAW.name(),
                "seed=" + round.revealedSeed() + "; pairs=" + drawn.assignment().pairs().length
                        + "; objective=" + o.objective());
    }

    /** Back to DRAFT with the reason, whatever happened to the draw's own transaction. */
    void failInOwnTransaction(UUID roundId, DrawError error, Actor actor) {
        tx.executeWithoutResult(status -> fail(roundId, error, actor));
    }

    private void fail(UUID roundId, DrawError error, Actor actor) {
        ReviewRound round = rounds.findById(roundId).orElseThrow();
        String seed = round.seedForDraw();
        round.failDraw(error.encode(), actor, clock.instant());
        rounds.save(round);
        // The failed draw's seed is revealed in the log, so every committed seed is accounted for.
        audit.record(actor, "review-round", roundId, RoundAction.FAIL_DRAW.name(),
                error.key() + " " + error.args() + (seed == null ? "" : "; seed=" + seed));
    }
}
