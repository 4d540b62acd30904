package org.kstp.review.domain;

/** What can happen to an assignment. */
public enum AssignmentAction {
    SUBMIT_SCORES
}
