package org.kstp.integrity.domain;

/** A record's state on a given date, derived from its entries; never stored. */
public enum RecordState {
    /** At least one measure is in force on the date. */
    IN_FORCE,
    /** The measures start later than the date. */
    PENDING,
    /** Every measure has run to its end date. */
    EXPIRED,
    /** The measures were lifted early and the lifting has taken effect. */
    LIFTED,
    /** Set aside on appeal; never blocked anything. */
    OVERTURNED,
    /** Revoked by the issuer; never blocked anything. */
    REVOKED
}
