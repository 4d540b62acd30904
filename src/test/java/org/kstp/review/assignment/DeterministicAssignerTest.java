package org.kstp.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeterministicAssignerTest {

    @Test
    void aShortageIsSpreadInsteadOfStarvingOneProposal() {
        // Two experts with one slot each; proposal 0 likes both far more than proposal 1 does.
        var pairs = new CandidatePairs(2, new int[] {0, 2, 4}, new int[] {0, 1, 0, 1},
                new float[] {0.9f, 0.9f, 0.1f, 0.1f});
        var problem = new AssignmentProblem(pairs, 2, 2, new int[] {1, 1}, new int[] {0, 1},
                new boolean[2], false);

        Assignment a = new DeterministicAssigner().solve(problem);

        assertThat(SmallInstances.counts(problem, a)).containsExactly(1, 1);
        assertThat(a.objective()).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void conflictsAreNeverAssignedAndOrganisationsNotRepeated() {
        var all = new CandidatePairs(1, new int[] {0, 4}, new int[] {0, 1, 2, 3},
                new float[] {0.9f, 0.8f, 0.7f, 0.1f});
        long[] conflicts = {CandidatePairs.key(0, 0)};
        // Experts 1 and 2 share an organisation: only the better of them may review.
        var problem = new AssignmentProblem(all.without(conflicts), 4, 2, new int[] {5, 5, 5, 5},
                new int[] {0, 1, 1, 2}, new boolean[4], false);

        Assignment a = new DeterministicAssigner().solve(problem);

        assertThat(java.util.Arrays.stream(a.pairs()).map(p -> problem.pairs().expert()[p]).toArray())
                .containsExactly(1, 3);
        assertThat(AssignmentCheck.of(problem, a, conflicts).violations()).isZero();
    }
}
