/**
 * Score sheets per call and the experts' scorecards on them: per-criterion scores, opinion,
 * recommendation, confidentiality pledge, drafts, and the bureau marking a review invalid.
 */
package org.kstp.review.scoring;
