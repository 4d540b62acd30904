package org.kstp.review.scoring;

import java.math.BigDecimal;
import org.kstp.review.domain.ScoreCriterion;

/**
 * One line of a call's score sheet.
 *
 * @param weight percent of the total, to two decimals
 * @param maxScore the top of the scale the expert scores on: 10 or 100
 */
public record SheetCriterion(ScoreCriterion criterion, BigDecimal weight, int maxScore) {
}
