package org.kstp.review.assignment;

import java.util.Arrays;

/**
 * Independent check of an assignment against the round's rules, so a solver bug shows up as
 * violations in the benchmark and the job log instead of as a wrong invitation.
 *
 * @param maxLoad       the largest number of proposals given to one expert
 * @param minReviewers  the fewest reviewers any proposal got
 * @param maxReviewers  the most reviewers any proposal got
 * @param violations    broken rules: conflicts, over-capacity, over-k, repeated organisation or
 *                      expert on a proposal
 * @param outsideMissing proposals without an outside expert although one is required (not a
 *                      violation by itself: the candidates may not allow one; flag them to staff)
 */
public record AssignmentCheck(int maxLoad, int minReviewers, int maxReviewers, long violations,
        int outsideMissing) {

    /**
     * Checks {@code assignment}; {@code conflicts} are {@link CandidatePairs#key(int, int)} keys,
     * sorted ascending.
     */
    public static AssignmentCheck of(AssignmentProblem problem, Assignment assignment, long[] conflicts) {
        CandidatePairs c = problem.pairs();
        int[] load = new int[problem.experts()];
        int[] reviewers = new int[problem.proposals()];
        long violations = 0;
        for (int pair : assignment.pairs()) {
            int p = c.proposalOf(pair);
            int e = c.expert()[pair];
            load[e]++;
            reviewers[p]++;
            if (Arrays.binarySearch(conflicts, CandidatePairs.key(p, e)) >= 0) {
                violations++;
            }
        }
        for (int e = 0; e < load.length; e++) {
            violations += Math.max(0, load[e] - Math.max(0, problem.capacity()[e]));
        }
        for (int p = 0; p < reviewers.length; p++) {
            violations += Math.max(0, reviewers[p] - problem.reviewers());
        }
        violations += repeatedOrganisations(problem, assignment);
        int maxLoad = Arrays.stream(load).max().orElse(0);
        int min = Arrays.stream(reviewers).min().orElse(0);
        int max = Arrays.stream(reviewers).max().orElse(0);
        return new AssignmentCheck(maxLoad, min, max, violations, outsideMissing(problem, assignment));
    }

    /** Repeated organisations (or experts, whose organisation is unknown) on one proposal. */
    private static long repeatedOrganisations(AssignmentProblem problem, Assignment assignment) {
        CandidatePairs c = problem.pairs();
        int[] pairs = assignment.pairs();
        long violations = 0;
        int i = 0;
        while (i < pairs.length) {
            int p = c.proposalOf(pairs[i]);
            int j = i;
            while (j < pairs.length && c.proposalOf(pairs[j]) == p) {
                j++;
            }
            long[] orgs = new long[j - i];
            for (int m = i; m < j; m++) {
                int e = c.expert()[pairs[m]];
                int org = problem.organisation()[e];
                orgs[m - i] = org < 0 ? -1L - e : org;
            }
            violations += orgs.length - Arrays.stream(orgs).distinct().count();
            i = j;
        }
        return violations;
    }

    private static int outsideMissing(AssignmentProblem problem, Assignment assignment) {
        if (!problem.requireOutside()) {
            return 0;
        }
        boolean[] met = new boolean[problem.proposals()];
        for (int pair : assignment.pairs()) {
            if (problem.outside()[problem.pairs().expert()[pair]]) {
                met[problem.pairs().proposalOf(pair)] = true;
            }
        }
        int missing = 0;
        for (boolean m : met) {
            missing += m ? 0 : 1;
        }
        return missing;
    }
}
