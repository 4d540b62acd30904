package org.kstp.review.assignment;

import java.util.SplittableRandom;

/**
 * The LP solution of the randomised mode: a probability per candidate pair, kept as integral flow
 * units on the {@link FlowNetwork} so that draws round exactly, without floating-point drift.
 */
public final class FractionalAssignment {

    final FlowNetwork network;
    final int[] flow;
    private final boolean optimal;
    private final String status;

    FractionalAssignment(FlowNetwork network, int[] flow, boolean optimal, String status) {
        this.network = network;
        this.flow = flow;
        this.optimal = optimal;
        this.status = status;
    }

    /** The problem this LP was solved for. */
    public AssignmentProblem problem() {
        return network.problem;
    }

    /** Probability that the pair is drawn. */
    public double probability(int pair) {
        return flow[network.pairArc[pair]] / (double) network.unit;
    }

    /** The largest pair probability; never above the cap q. */
    public double maxProbability() {
        double max = 0;
        for (int pair = 0; pair < network.pairArc.length; pair++) {
            max = Math.max(max, probability(pair));
        }
        return max;
    }

    /** Expected total affinity of a draw. */
    public double expectedObjective() {
        float[] score = network.problem.pairs().score();
        double sum = 0;
        for (int pair = 0; pair < score.length; pair++) {
            sum += probability(pair) * score[pair];
        }
        return sum;
    }

    /** Whether the LP solve was optimal. */
    public boolean optimal() {
        return optimal;
    }

    /** The solver status, for the log. */
    public String status() {
        return status;
    }

    /**
     * Samples an assignment whose marginals equal {@link #probability(int)}. The same seed always
     * gives the same assignment, so anyone can re-run a published draw; publish
     * {@link SeedCommitment#commitment(String)} before the draw and the seed after.
     */
    public Assignment draw(String seed) {
        SplittableRandom random = SeedCommitment.random(seed);
        int[] rounded = DependentRounding.round(network, flow.clone(), random);
        var chosen = new IntArrayBuilder(network.problem.proposals() * network.problem.reviewers());
        double objective = 0;
        for (int pair = 0; pair < network.pairArc.length; pair++) {
            if (rounded[network.pairArc[pair]] == network.unit) {
                chosen.add(pair);
                objective += network.problem.pairs().score()[pair];
            }
        }
        return new Assignment(chosen.toArray(), objective, optimal, status);
    }
}
