package org.kstp.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Over many draws the empirical pair frequencies match the LP marginals. */
class RandomizedMarginalsTest {

    private static final int DRAWS = 4000;

    @Test
    void empiricalMarginalsMatchTheLp() {
        AssignmentProblem problem = denseRound(6, 10, 3, 0.0);
        FractionalAssignment lp = new RandomizedAssigner().solve(problem, 0.4);
        int[] hits = new int[problem.pairs().size()];
        for (int d = 0; d < DRAWS; d++) {
            for (int pair : lp.draw("draw-" + d).pairs()) {
                hits[pair]++;
            }
        }
        assertThat(lp.maxProbability()).isLessThanOrEqualTo(0.4 + 1e-12);
        for (int pair = 0; pair < hits.length; pair++) {
            // 4 standard deviations of a binomial frequency at p = 0.5 is about 0.032.
            assertThat(hits[pair] / (double) DRAWS).as("pair " + pair).isCloseTo(lp.probability(pair), within(0.035));
        }
    }

    @Test
    void expectedAffinityIsBelowTheDeterministicOptimumAndAboveZero() {
        AssignmentProblem problem = denseRound(20, 30, 5, 0.0);
        double optimum = new DeterministicAssigner().solve(problem).objective();
        double expected = new RandomizedAssigner().solve(problem, 0.5).expectedObjective();
        assertThat(expected).isLessThanOrEqualTo(optimum + 1e-6).isGreaterThan(0.5 * optimum);
    }

    @Test
    void replacementKeepsTheRulesAndOthersFixed() {
        AssignmentProblem problem = denseRound(8, 16, 3, 0.0);
        FractionalAssignment lp = new RandomizedAssigner().solve(problem, 0.5);
        Assignment draw = lp.draw("committed");
        int removed = draw.pairs()[0];
        int replacement = new ReplacementDrawer().draw(lp, draw, removed, new SplittableRandom(7));

        assertThat(replacement).isNotNegative();
        assertThat(problem.pairs().proposalOf(replacement)).isEqualTo(problem.pairs().proposalOf(removed));
        assertThat(problem.pairs().expert()[replacement]).isNotEqualTo(problem.pairs().expert()[removed]);
        int[] next = draw.pairs().clone();
        next[0] = replacement;
        java.util.Arrays.sort(next);
        var after = new Assignment(next, 0, true, "replaced");
        assertThat(AssignmentCheck.of(problem, after, new long[0]).violations()).isZero();
    }

    @Test
    void commitmentIsTheSha256OfTheSeed() {
        assertThat(SeedCommitment.commitment("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    /** Every expert a candidate of every proposal, two experts per organisation, random affinities. */
    static AssignmentProblem denseRound(int proposals, int experts, int k, double unused) {
        var random = new SplittableRandom(42);
        int[] start = new int[proposals + 1];
        int[] expert = new int[proposals * experts];
        float[] score = new float[proposals * experts];
        for (int p = 0; p < proposals; p++) {
            for (int e = 0; e < experts; e++) {
                expert[p * experts + e] = e;
                score[p * experts + e] = (float) random.nextDouble();
            }
            start[p + 1] = (p + 1) * experts;
        }
        int[] capacity = new int[experts];
        int[] organisation = new int[experts];
        boolean[] outside = new boolean[experts];
        for (int e = 0; e < experts; e++) {
            capacity[e] = (proposals * k + experts - 1) / experts + 1;
            organisation[e] = e / 2;
            outside[e] = e % 5 == 0;
        }
        return new AssignmentProblem(new CandidatePairs(proposals, start, expert, score), experts, k, capacity,
                organisation, outside, false);
    }
}
