package org.kstp.review.round;

import java.math.BigDecimal;
import java.util.function.Consumer;
import org.kstp.review.assignment.Assignment;
import org.kstp.review.assignment.AssignmentCheck;
import org.kstp.review.assignment.AssignmentProblem;
import org.kstp.review.assignment.DeterministicAssigner;
import org.kstp.review.assignment.FractionalAssignment;
import org.kstp.review.assignment.RandomizedAssigner;

/**
 * Runs the engines on a round's problem. Pure: the same problem, mode, cap and seed always give the
 * same draw, which is what lets anyone verify a published draw from its revealed seed.
 */
public final class RoundSolver {

    private RoundSolver() {
    }

    /**
     * The draw and its figures.
     *
     * @param lp the capped LP in randomised mode; null in deterministic mode
     */
    public record Drawn(Assignment assignment, FractionalAssignment lp, RoundOutcome outcome) {
    }

    public static Drawn solve(AssignmentProblem problem, RoundMode mode, BigDecimal pairCap, String seed,
                              Consumer<DrawStep> step) {
        step.accept(DrawStep.SOLVE);
        Assignment optimum = new DeterministicAssigner().solve(problem);
        if (mode == RoundMode.DETERMINISTIC) {
            return new Drawn(optimum, null, outcome(problem, optimum, optimum.optimal(), 100.0, 1.0));
        }
        FractionalAssignment lp = distribution(problem, mode, pairCap);
        step.accept(DrawStep.ROUNDING);
        Assignment drawn = lp.draw(seed);
        double pct = optimum.objective() > 0 ? 100.0 * lp.expectedObjective() / optimum.objective() : 100.0;
        return new Drawn(drawn, lp, outcome(problem, drawn, optimum.optimal() && lp.optimal(), pct,
                lp.maxProbability()));
    }

    /** The distribution replacements are drawn from: the round's capped LP, or q = 1 for deterministic rounds. */
    public static FractionalAssignment distribution(AssignmentProblem problem, RoundMode mode, BigDecimal pairCap) {
        double q = mode == RoundMode.DETERMINISTIC ? 1.0 : pairCap.doubleValue();
        return new RandomizedAssigner().solve(problem, q);
    }

    private static RoundOutcome outcome(AssignmentProblem problem, Assignment drawn, boolean optimal,
                                        double expectedPct, double maxProbability) {
        AssignmentCheck check = AssignmentCheck.of(problem, drawn, new long[0]);
        return new RoundOutcome(drawn.objective(), optimal, expectedPct, maxProbability, check.maxLoad(),
                check.minReviewers(), check.maxReviewers(), check.violations(), check.outsideMissing());
    }
}
