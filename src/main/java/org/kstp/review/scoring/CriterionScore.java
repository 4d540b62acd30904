package org.kstp.review.scoring;

import org.kstp.review.domain.ScoreCriterion;
import org.springframework.data.relational.core.mapping.Table;

/** One criterion's score on a scorecard. */
@Table("review_score")
public record CriterionScore(ScoreCriterion criterion, int score) {
}
