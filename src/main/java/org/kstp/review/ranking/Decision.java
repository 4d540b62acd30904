package org.kstp.review.ranking;

/** The bureau's decision on a ranked proposal. */
public enum Decision {
    /** Funded with an amount; the proposal is approved and a project created. */
    APPROVE,
    /** On the reserve list: funded only if money frees up; the proposal waits, still reviewed. */
    RESERVE,
    /** Not funded; the proposal is declined. */
    REJECT
}
