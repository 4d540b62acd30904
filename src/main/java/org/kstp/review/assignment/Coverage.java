package org.kstp.review.assignment;

import java.util.Arrays;

/**
 * Solves a network so that a shortage of reviewers is spread rather than dumped on a few
 * proposals. A maximum flow alone may leave one proposal with no reviewer while others get k.
 * So when the plain solve leaves any proposal short, a first solve without affinities finds the
 * maximum flow that spreads reviewers most evenly (convex slot costs), and a second solve
 * maximises affinity with each proposal's demand fixed to what the first gave it. When every
 * proposal can get k (the usual case) only the plain solve runs.
 */
final class Coverage {

    private Coverage() {
    }

    /** The solved network and its flow. */
    record Solved(FlowNetwork network, FlowSolver.Result result, boolean shortage) {
    }

    static Solved solve(AssignmentProblem problem, int unit, int pairUnits) {
        FlowNetwork net = FlowNetwork.build(problem, unit, pairUnits);
        FlowSolver.Result result = FlowSolver.solve(net);
        int[] demand = received(net, result.flow());
        int full = problem.reviewers() * unit;
        boolean shortage = Arrays.stream(demand).anyMatch(d -> d < full);
        if (!shortage || !result.optimal()) {
            return new Solved(net, result, shortage);
        }
        FlowNetwork spread = FlowNetwork.build(problem, unit, pairUnits, null, true);
        FlowSolver.Result spreadResult = FlowSolver.solve(spread);
        if (!spreadResult.optimal()) {
            return new Solved(net, result, true);
        }
        int[] even = received(spread, spreadResult.flow());
        spread = null; // the coverage network is not needed for the final solve
        FlowNetwork fixed = FlowNetwork.build(problem, unit, pairUnits, even, false);
        return new Solved(fixed, FlowSolver.solve(fixed), true);
    }

    /** Units each proposal receives from the source. */
    private static int[] received(FlowNetwork net, int[] flow) {
        int[] demand = new int[net.problem.proposals()];
        for (int a = 0; a < net.arcs(); a++) {
            if (net.tail[a] == FlowNetwork.SOURCE) {
                demand[net.head[a] - 2] += flow[a];
            }
        }
        return demand;
    }
}
