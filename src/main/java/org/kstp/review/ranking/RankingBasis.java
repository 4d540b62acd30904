package org.kstp.review.ranking;

/** Which aggregate orders the ranking; the bureau picks it per ranking view. */
public enum RankingBasis {
    /** The plain mean of the valid reviews' totals. */
    MEAN,
    /** The mean without the highest and lowest review once there are five or more valid reviews. */
    TRIMMED_MEAN,
    /** The mean of per-expert z-scores: corrects for experts who score everything high or low. */
    Z_SCORE
}
