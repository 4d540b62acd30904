package org.kstp.review.round;

/** Where one expert's invitation to review one proposal of a round stands. */
public enum InvitationStatus {
    /** A replacement drawn for staff to confirm; the expert does not know of it yet. */
    SUGGESTED,
    /** The expert was invited (the assignment is in their queue) and has not answered. */
    INVITED,
    /** The expert agreed to review. */
    ACCEPTED,
    /** The expert declined, with a reason; the assignment was removed. */
    DECLINED,
    /** Staff took the expert off the proposal; the assignment was removed. */
    WITHDRAWN,
    /** Staff did not take a suggested replacement. */
    DISMISSED
}
