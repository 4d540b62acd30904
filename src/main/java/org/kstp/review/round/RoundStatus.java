package org.kstp.review.round;

/** Where a review round stands. */
public enum RoundStatus {
    /** Staff choose proposals and parameters; candidates and shortages are shown, nothing is drawn yet. */
    DRAFT,
    /** The seed is committed and the background draw runs; the round cannot change meanwhile. */
    DRAWING,
    /** The draw is saved: invitations sent, seed revealed, anyone may verify it. */
    DRAWN,
    /** At least one expert accepted: reviews are under way. */
    REVIEWING,
    /** Staff closed the round; nothing more changes in it. */
    CLOSED
}
