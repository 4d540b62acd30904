package org.kstp.integrity.domain;

/** What an entry in the append-only register says; everything but a finding refers to a finding. */
public enum EntryKind {
    /** The original finding with its decision, tier and measures. */
    FINDING,
    /** Replaces the finding's subject, facts, tier and measures (e.g. a typo in the decision). */
    CORRECTION,
    /** The outcome of an appeal: upheld, overturned (void) or varied (new measures). */
    APPEAL,
    /** The decision was revoked by its issuer: the record is void and never blocks. */
    REVOCATION,
    /** The measures end early, from the effective date on. */
    EARLY_LIFTING
}
