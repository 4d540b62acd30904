package org.kstp.review.round;

/** The steps of a draw, as the progress bar shows them, with the share of the bar done on entering. */
public enum DrawStep {
    /** Screening every proposal against the pool's conflict rules. */
    CANDIDATES(5),
    /** Scoring the conflict-free experts against each proposal. */
    AFFINITY(25),
    /** Solving the assignment (the capped LP in randomised mode). */
    SOLVE(50),
    /** Drawing from the LP with the committed seed. */
    ROUNDING(75),
    /** Writing assignments and invitations in one transaction. */
    SAVING(85),
    /** Finished, one way or the other. */
    DONE(100);

    private final int percent;

    DrawStep(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }
}
