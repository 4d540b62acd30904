package org.kstp.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Properties of both solvers on random small rounds, checked against brute force. */
class AssignmentPropertiesTest {

    private final DeterministicAssigner deterministic = new DeterministicAssigner();
    private final RandomizedAssigner randomized = new RandomizedAssigner();

    @Property(tries = 200)
    void deterministicIsValidAndOptimal(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll boolean requireOutside) {
        var instance = SmallInstances.random(seed, 14, requireOutside);
        AssignmentProblem problem = instance.problem();
        Assignment a = deterministic.solve(problem);
        var best = SmallInstances.bruteForce(problem, null);

        assertThat(a.optimal()).isTrue();
        assertThat(SmallInstances.valid(problem, a)).isTrue();
        assertThat(AssignmentCheck.of(problem, a, instance.conflicts()).violations())
                .as("no conflict, load or organisation violation").isZero();
        assertThat(a.pairs().length).as("as many reviewers as any valid assignment").isEqualTo(best.placed());
        assertThat(SmallInstances.spread(problem, a)).as("a shortage is spread evenly").isEqualTo(best.spread());
        // Given how many reviewers each proposal got, outside experts and affinity are optimal.
        var bestForCounts = SmallInstances.bruteForce(problem, SmallInstances.counts(problem, a));
        if (requireOutside) {
            assertThat(SmallInstances.outsideMet(problem, a)).isEqualTo(bestForCounts.outsideMet());
        }
        assertThat(a.objective()).isCloseTo(bestForCounts.affinity(), within(1e-4));
        if (java.util.Arrays.stream(SmallInstances.counts(problem, a)).allMatch(c -> c == problem.reviewers())) {
            assertThat(a.objective()).as("every proposal got k: the global optimum").isCloseTo(best.affinity(), within(1e-4));
        }
    }

    @Property(tries = 100)
    void randomizedDrawsAreValidCappedAndReproducible(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll boolean requireOutside) {
        var instance = SmallInstances.random(seed, 20, requireOutside);
        AssignmentProblem problem = instance.problem();
        FractionalAssignment lp = randomized.solve(problem, 0.5);
        Assignment first = lp.draw("seed-" + seed);

        assertThat(lp.maxProbability()).isLessThanOrEqualTo(0.5);
        assertThat(AssignmentCheck.of(problem, first, instance.conflicts()).violations()).isZero();
        assertThat(lp.draw("seed-" + seed).pairs()).isEqualTo(first.pairs());
        double expectedCount = 0;
        for (int pair = 0; pair < problem.pairs().size(); pair++) {
            expectedCount += lp.probability(pair);
        }
        assertThat((double) first.pairs().length).as("the rounding keeps the number of reviewers, up to rounding")
                .isBetween(Math.floor(expectedCount + 1e-9), Math.max(0, Math.ceil(expectedCount - 1e-9)));
    }
}
