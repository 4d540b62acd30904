package org.kstp.review.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.review.assignment.CandidatePairs;
import org.kstp.review.assignment.SeedCommitment;

/** The same input and seed give the same draw; a different seed may not; the figures are those of the draw. */
class RoundSolverTest {

    /** 4 proposals, 8 experts in 6 organisations (3 outside), every expert a candidate of every proposal. */
    private static RoundProblem problem() {
        int proposals = 4;
        int experts = 8;
        int[] start = new int[proposals + 1];
        int[] expert = new int[proposals * experts];
        float[] score = new float[expert.length];
        for (int p = 0; p < proposals; p++) {
            start[p + 1] = start[p] + experts;
            for (int e = 0; e < experts; e++) {
                expert[p * experts + e] = e;
                score[p * experts + e] = 0.1f + ((p * 7 + e * 3) % 10) / 10f;
            }
        }
        List<SnapshotExpert> pool = new java.util.ArrayList<>();
        for (int e = 0; e < experts; e++) {
            int organisation = e < 4 ? e / 2 : e - 2;
            // "Outside" belongs to an organisation (where it is), so whole organisations are outside.
            pool.add(new SnapshotExpert(UUID.randomUUID(), "E" + e, organisation, organisation % 2 == 0, 3));
        }
        List<UUID> ids = java.util.stream.IntStream.range(0, proposals).mapToObj(i -> UUID.randomUUID()).toList();
        return new RoundProblem(ids, pool, new CandidatePairs(proposals, start, expert, score), 2, true);
    }

    @Test
    void theSameSeedGivesTheSameDrawAndTheFiguresHold() {
        RoundProblem problem = problem();
        String seed = "0123456789abcdef0123456789abcdef";
        var first = RoundSolver.solve(problem.assignmentProblem(), RoundMode.RANDOMISED, new BigDecimal("0.50"), seed,
                step -> { });
        var again = RoundSolver.solve(problem.assignmentProblem(),
                RoundMode.RANDOMISED, new BigDecimal("0.50"), seed, step -> { });
        assertThat(again.assignment().pairs()).containsExactly(first.assignment().pairs());
        RoundOutcome o = first.outcome();
        assertThat(o.violations()).isZero();
        assertThat(o.minReviewers()).isEqualTo(2);
        assertThat(o.maxReviewers()).isEqualTo(2);
        assertThat(o.maxProbability()).isLessThanOrEqualTo(0.5 + 1e-9);
        assertThat(o.maxLoadDrawn()).isLessThanOrEqualTo(3);
        assertThat(o.expectedPct()).isBetween(0.0, 100.0 + 1e-9);
        assertThat(o.optimal()).isTrue();
        assertThat(o.outsideMissing()).isZero();
        assertThat(SeedCommitment.commitment(seed)).hasSize(64).isNotEqualTo(seed);
    }

    @Test
    void differentSeedsSpreadTheDraws() {
        RoundProblem problem = problem();
        java.util.Set<String> draws = new java.util.HashSet<>();
        for (int s = 0; s < 20; s++) {
            draws.add(java.util.Arrays.toString(RoundSolver.solve(problem.assignmentProblem(), RoundMode.RANDOMISED,
                    new BigDecimal("0.50"), "seed-" + s, step -> { }).assignment().pairs()));
        }
        assertThat(draws).hasSizeGreaterThan(1);
    }

    @Test
    void deterministicModeIsTheOptimumWithFullExpectation() {
        var drawn = RoundSolver.solve(problem().assignmentProblem(), RoundMode.DETERMINISTIC, new BigDecimal("0.50"),
                null, step -> { });
        assertThat(drawn.lp()).isNull();
        assertThat(drawn.outcome().expectedPct()).isEqualTo(100.0);
        assertThat(drawn.outcome().violations()).isZero();
        assertThat(drawn.outcome().outsideMissing()).isZero();
    }
}
