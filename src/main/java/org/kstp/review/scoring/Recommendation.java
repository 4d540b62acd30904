package org.kstp.review.scoring;

/** The expert's overall recommendation, given with the scores. */
public enum Recommendation {
    /** Fund as proposed. */
    FUND,
    /** Fund once the applicant has revised what the opinion names. */
    FUND_AFTER_REVISION,
    /** Do not fund. */
    DO_NOT_FUND
}
