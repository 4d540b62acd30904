package org.kstp.review.feedback;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.kstp.proposal.ProposalSummary;
import org.kstp.review.domain.ScoreCriterion;
import org.kstp.review.scoring.AnonymousReview;
import org.kstp.review.scoring.ScoreSheet;

/**
 * What an applicant is told about the review of their proposal.
 *
 * @param criterionMeans mean score per criterion over the valid reviews, on the criterion's own scale
 * @param mean mean of the reviews' weighted totals (0-100); null without valid reviews
 */
public record Feedback(ProposalSummary proposal, ScoreSheet sheet, List<AnonymousReview> reviews,
                       Map<ScoreCriterion, BigDecimal> criterionMeans, BigDecimal mean) {

    public Feedback {
        reviews = List.copyOf(reviews);
        criterionMeans = Map.copyOf(criterionMeans);
    }
}
