package org.kstp.review.assignment;

/**
 * The assignment that maximises total affinity subject to k per proposal, expert capacities, one
 * expert per organisation per proposal and, optionally, one outside expert per proposal. Exact:
 * one min-cost max-flow on {@link FlowNetwork}, where every constraint is flow-shaped. When not
 * every proposal can get k reviewers, as many reviewers as possible are placed, spread as evenly
 * as possible over the proposals, and affinity is maximised given that spread ({@link Coverage}).
 */
public final class DeterministicAssigner {

    /** Solves the problem; see the class comment for what "optimal" means. */
    public Assignment solve(AssignmentProblem problem) {
        Coverage.Solved solved = Coverage.solve(problem, 1, 1);
        FlowNetwork net = solved.network();
        FlowSolver.Result result = solved.result();
        var chosen = new IntArrayBuilder(problem.proposals() * problem.reviewers());
        double objective = 0;
        for (int pair = 0; pair < net.pairArc.length; pair++) {
            if (result.flow()[net.pairArc[pair]] > 0) {
                chosen.add(pair);
                objective += problem.pairs().score()[pair];
            }
        }
        return new Assignment(chosen.toArray(), objective, result.optimal(), result.status().name());
    }
}
