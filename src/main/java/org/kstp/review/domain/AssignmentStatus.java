package org.kstp.review.domain;

/** Where an expert's assignment stands. */
public enum AssignmentStatus {
    /** The expert was assigned and has not yet scored. */
    ASSIGNED,
    /** The expert submitted the score sheet; it can no longer change. */
    SUBMITTED
}
