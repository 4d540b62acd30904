package org.kstp.review.assignment;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Replaces one expert of one proposal (who declined, or turned out to be conflicted) without
 * touching anyone else's assignment.
 *
 * <p>Approach: with every other pair of the draw fixed, the eligible replacements are the
 * proposal's candidates that are not already on it, not the removed expert, still have capacity,
 * do not repeat an organisation already on the proposal, and are outside experts if the removed one
 * was the proposal's only outside expert. One of them is drawn with probability proportional to its
 * LP marginal, i.e. the LP distribution conditioned on the eligible set. If all eligible marginals
 * are zero (the LP never wanted them), the best-affinity eligible expert is taken, so staff always
 * get a suggestion when one exists.
 */
public final class ReplacementDrawer {

    /**
     * Draws a replacement for {@code removedPair}, which must be in {@code current}.
     *
     * @return the new pair index, or -1 when no eligible expert is left
     */
    public int draw(FractionalAssignment lp, Assignment current, int removedPair, SplittableRandom random) {
        AssignmentProblem problem = lp.problem();
        CandidatePairs c = problem.pairs();
        int proposal = c.proposalOf(removedPair);
        int[] load = new int[problem.experts()];
        Set<Integer> usedOrgs = new HashSet<>();
        Set<Integer> onProposal = new HashSet<>();
        for (int pair : current.pairs()) {
            load[c.expert()[pair]]++;
            if (pair != removedPair && c.proposalOf(pair) == proposal) {
                onProposal.add(c.expert()[pair]);
                usedOrgs.add(problem.organisation()[c.expert()[pair]]);
            }
        }
        boolean needOutside = problem.requireOutside()
                && onProposal.stream().noneMatch(e -> problem.outside()[e]);
        int removedExpert = c.expert()[removedPair];
        double total = 0;
        int best = -1;
        for (int pair = c.start()[proposal]; pair < c.start()[proposal + 1]; pair++) {
            int e = c.expert()[pair];
            int org = problem.organisation()[e];
            boolean free = e != removedExpert && !onProposal.contains(e) && load[e] < problem.capacity()[e];
            if (free && (org < 0 || !usedOrgs.contains(org)) && (!needOutside || problem.outside()[e])) {
                total += lp.probability(pair);
                if (best < 0 || c.score()[pair] > c.score()[best]) {
                    best = pair;
                }
            } else {
                load[e] = Integer.MAX_VALUE; // marks ineligible for the second pass below
            }
        }
        return total > 0 ? sample(lp, proposal, load, total, random) : best;
    }

    private int sample(FractionalAssignment lp, int proposal, int[] load, double total, SplittableRandom random) {
        CandidatePairs c = lp.problem().pairs();
        double target = random.nextDouble() * total;
        int last = -1;
        for (int pair = c.start()[proposal]; pair < c.start()[proposal + 1]; pair++) {
            if (load[c.expert()[pair]] != Integer.MAX_VALUE && lp.probability(pair) > 0) {
                last = pair;
                target -= lp.probability(pair);
                if (target < 0) {
                    return pair;
                }
            }
        }
        return last;
    }
}
