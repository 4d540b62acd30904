/**
 * Feedback to applicants after the decision: per-criterion scores and opinions of the valid
 * reviews, anonymised (expert A, B, C; no names, no organisations), on screen and as a PDF; only the
 * proposal's team and bureau staff see it.
 */
package org.kstp.review.feedback;
