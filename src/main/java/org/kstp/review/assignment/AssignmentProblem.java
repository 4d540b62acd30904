package org.kstp.review.assignment;

import java.util.Arrays;
import java.util.Objects;

/**
 * One review round as the solvers see it: candidates already stripped of conflicts of interest.
 *
 * @param pairs          sparse candidates with affinity (conflicts removed)
 * @param experts        number of experts; expert indices are {@code 0 .. experts - 1}
 * @param reviewers      k, reviewers wanted per proposal
 * @param capacity       per expert, how many more proposals they may take this year (earlier rounds count)
 * @param organisation   per expert, an organisation index; negative means unknown (never grouped)
 * @param outside        per expert, whether they come from outside the region or a partner province
 * @param requireOutside whether every proposal needs at least one outside expert
 */
public record AssignmentProblem(CandidatePairs pairs, int experts, int reviewers, int[] capacity,
        int[] organisation, boolean[] outside, boolean requireOutside) {

    /** Validates array lengths against the expert count. */
    public AssignmentProblem {
        Objects.requireNonNull(pairs);
        if (capacity.length != experts || organisation.length != experts || outside.length != experts) {
            throw new IllegalArgumentException("per-expert arrays must have one entry per expert");
        }
        if (reviewers < 1) {
            throw new IllegalArgumentException("reviewers per proposal must be at least 1");
        }
    }

    /** Number of proposals. */
    public int proposals() {
        return pairs.proposals();
    }

    /**
     * Proposals that cannot get k reviewers even ignoring loads: fewer than k candidate
     * organisations. Flagged before any draw, as the issue asks.
     */
    public int[] shortProposals() {
        var shortOnes = new IntArrayBuilder(16);
        for (int p = 0; p < proposals(); p++) {
            if (distinctOrganisations(p) < reviewers) {
                shortOnes.add(p);
            }
        }
        return shortOnes.toArray();
    }

    private int distinctOrganisations(int p) {
        int from = pairs.start()[p];
        int to = pairs.start()[p + 1];
        long[] orgs = new long[to - from];
        int unknown = 0;
        for (int i = from; i < to; i++) {
            int org = organisation[pairs.expert()[i]];
            orgs[i - from] = org < 0 ? Long.MIN_VALUE + unknown++ : org;
        }
        return (int) Arrays.stream(orgs).distinct().count();
    }
}
