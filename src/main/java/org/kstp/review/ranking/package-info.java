/**
 * Aggregating valid reviews per proposal (mean, trimmed mean, per-expert z-scores, outliers),
 * ranking a call's proposals with the funding line, the bureau's decisions and the Excel export.
 * The rules are pure classes ({@link org.kstp.review.ranking.Aggregation},
 * {@link org.kstp.review.ranking.FundingLine}); services and read models wrap them.
 */
package org.kstp.review.ranking;
