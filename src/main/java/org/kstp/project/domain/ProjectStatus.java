package org.kstp.project.domain;

/** Where a project stands (DESIGN section 4). */
public enum ProjectStatus {
    /** Approved; the agreement is being signed. */
    AGREEMENT_PENDING,
    /** Agreement signed; work and funding under way. */
    IN_PROGRESS,
    /** The host asked for final acceptance. */
    ACCEPTANCE_REQUESTED,
    /** Acceptance review in progress. */
    UNDER_ACCEPTANCE,
    /** Passed acceptance. */
    ACCEPTED,
    /** Failed acceptance once; one round of rectification is allowed. */
    RECTIFICATION,
    /** Failed acceptance. */
    FAILED,
    /** Paused by the bureau. */
    SUSPENDED,
    /** Ended early by the bureau. */
    TERMINATED,
    /** Archived after acceptance or failure. */
    CLOSED
}
