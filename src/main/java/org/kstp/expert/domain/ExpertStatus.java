package org.kstp.expert.domain;

/** Where an expert stands in the pool. */
public enum ExpertStatus {
    /** The expert asked to join (or was imported); the bureau has not approved yet. Not assignable. */
    APPLIED,
    /** In the pool and assignable. */
    ACTIVE,
    /** The yearly refresh was requested; still assignable until the bureau suspends or the expert confirms. */
    REFRESH_DUE,
    /** Taken out of the pool for a while by the bureau (e.g. a complaint under investigation). */
    SUSPENDED,
    /** Out of the pool for good: left, refused, or removed. A new entry starts with a new application. */
    LEFT
}
