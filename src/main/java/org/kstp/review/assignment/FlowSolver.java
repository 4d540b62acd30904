package org.kstp.review.assignment;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/**
 * Runs OR-Tools' min-cost flow (max flow first, then min cost) on a {@link FlowNetwork}. Affinities
 * become integer costs: the best pair costs {@link #MAX_COST}, so the optimum is exact for costs
 * quantised to one part in a million of the best affinity.
 */
final class FlowSolver {

    static final long MAX_COST = 1_000_000L;
    /** OR-Tools' cost scaling multiplies costs by about the node count; stay well below overflow. */
    private static final long COST_HEADROOM = Long.MAX_VALUE / 8;

    private FlowSolver() {
    }

    /** The solved flow in units, the solver status and the optimal cost. */
    record Result(int[] flow, MinCostFlowBase.Status status, long cost) {

        boolean optimal() {
            return status == MinCostFlowBase.Status.OPTIMAL;
        }
    }

    /** The bonus for an outside expert must beat any affinity total, and bonus × nodes must not overflow. */
    private static long maxCost(FlowNetwork net, long totalUnits) {
        if (!net.problem.requireOutside()) {
            return MAX_COST;
        }
        long allowed = COST_HEADROOM / Math.max(1, totalUnits) / (net.nodes + 1L);
        return Math.max(1, Math.min(MAX_COST, allowed));
    }

    /**
     * Arc costs. In a coverage network only the slot arcs cost: the j-th reviewer of a proposal
     * earns k − j, so among maximum flows the cheapest spreads reviewers as evenly as possible.
     */
    private static long cost(FlowNetwork net, int pair, float[] score, double scale, long bonus) {
        if (pair <= FlowNetwork.COVERAGE) {
            return -(net.problem.reviewers() - (FlowNetwork.COVERAGE - pair));
        }
        if (net.coverage) {
            return 0;
        }
        if (pair >= 0) {
            return -Math.round(Math.max(0, score[pair]) * scale);
        }
        return pair == FlowNetwork.BONUS ? -bonus : 0;
    }

    static Result solve(FlowNetwork net) {
        Loader.loadNativeLibraries();
        float[] score = net.problem.pairs().score();
        double maxScore = 1e-9;
        for (float s : score) {
            maxScore = Math.max(maxScore, s);
        }
        long totalUnits = (long) net.problem.proposals() * net.problem.reviewers() * net.unit;
        long maxCost = maxCost(net, totalUnits);
        long bonus = totalUnits * maxCost + 1;
        double scale = maxCost / maxScore;
        MinCostFlow mcf = new MinCostFlow(net.nodes, net.arcs());
        try {
            for (int a = 0; a < net.arcs(); a++) {
                int pair = net.arcPair[a];
                long cost = cost(net, pair, score, scale, bonus);
                mcf.addArcWithCapacityAndUnitCost(net.tail[a], net.head[a], net.capacity[a], cost);
            }
            mcf.setNodeSupply(FlowNetwork.SOURCE, totalUnits);
            mcf.setNodeSupply(FlowNetwork.SINK, -totalUnits);
            MinCostFlowBase.Status status = mcf.solveMaxFlowWithMinCost();
            int[] flow = new int[net.arcs()];
            if (status == MinCostFlowBase.Status.OPTIMAL) {
                for (int a = 0; a < flow.length; a++) {
                    flow[a] = (int) mcf.getFlow(a);
                }
            }
            return new Result(flow, status, status == MinCostFlowBase.Status.OPTIMAL ? mcf.getOptimalCost() : 0);
        } finally {
            mcf.delete(); // frees the native graph now rather than at finalisation
        }
    }
}
