package org.kstp.review.round;

/** How the draw chooses experts. */
public enum RoundMode {
    /** Capped-probability LP and a seeded draw: nobody can be sure to get, or avoid, a proposal. */
    RANDOMISED,
    /** The single assignment with the highest total affinity. */
    DETERMINISTIC
}
