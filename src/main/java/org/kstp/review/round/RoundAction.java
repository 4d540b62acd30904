package org.kstp.review.round;

/** What can happen to a review round. */
public enum RoundAction {
    /** Change the proposals or the parameters. */
    EDIT,
    /** Commit a seed and start the background draw. */
    START_DRAW,
    /** The draw was saved. */
    COMPLETE_DRAW,
    /** The draw failed; nothing of it was kept. */
    FAIL_DRAW,
    /** The first expert accepted an invitation. */
    BEGIN_REVIEW,
    /** Staff close the round. */
    CLOSE
}
