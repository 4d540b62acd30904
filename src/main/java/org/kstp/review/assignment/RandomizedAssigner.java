package org.kstp.review.assignment;

/**
 * Randomised assignment after Jecmen et al. (2020), "Mitigating manipulation in peer review via
 * randomized reviewer assignments": an LP maximises expected affinity with every pair's
 * probability capped at q, then {@link FractionalAssignment#draw(String)} samples an assignment
 * whose marginals are exactly the LP's.
 *
 * <p>The LP is solved as a min-cost flow, not by a general LP solver: with q = a/b, multiplying
 * every capacity by b makes them integral (pair a, proposal k·b, organisation b, expert load·b), the
 * flow polytope then has integral vertices, and flow/b is an optimal LP solution. It is exact and
 * about as fast as the deterministic solve.
 */
public final class RandomizedAssigner {

    private static final int MAX_DENOMINATOR = 1000;

    /** Solves the capped LP for probability cap {@code q} in (0, 1]. */
    public FractionalAssignment solve(AssignmentProblem problem, double q) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("the probability cap must be in (0, 1]: " + q);
        }
        int unit = denominator(q);
        int pairUnits = (int) Math.floor(q * unit + 1e-9);
        Coverage.Solved solved = Coverage.solve(problem, unit, pairUnits);
        FlowSolver.Result result = solved.result();
        return new FractionalAssignment(solved.network(), result.flow(), result.optimal(), result.status().name());
    }

    /** The smallest b ≤ 1000 with q·b integral; otherwise 1000 (q rounded down to a thousandth). */
    static int denominator(double q) {
        for (int b = 1; b <= MAX_DENOMINATOR; b++) {
            double scaled = q * b;
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-9) {
                return b;
            }
        }
        return MAX_DENOMINATOR;
    }
}
