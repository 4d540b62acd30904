package org.kstp.program.domain;

/** Lifecycle of a call. */
public enum CallStatus {
    /** Being prepared by the bureau; not visible to applicants. */
    DRAFT,
    /** Public; proposals are accepted inside the window. */
    PUBLISHED,
    /** Closed early or after the window by the bureau; no more proposals. */
    CLOSED
}
