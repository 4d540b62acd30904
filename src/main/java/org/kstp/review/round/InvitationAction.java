package org.kstp.review.round;

/** What can happen to an invitation. */
public enum InvitationAction {
    CONFIRM,
    DISMISS,
    ACCEPT,
    DECLINE,
    WITHDRAW
}
