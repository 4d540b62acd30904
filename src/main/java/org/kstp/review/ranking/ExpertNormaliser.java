package org.kstp.review.ranking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Per-expert z-scores within one call: each review's total against the same expert's valid totals
 * in the call, z = (total - expert's mean) / expert's population standard deviation. An expert with
 * fewer than two reviews, or who gave every proposal the same total, says nothing about relative
 * quality beyond "average": their reviews get z = 0.
 */
final class ExpertNormaliser {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private ExpertNormaliser() {
    }

    /** z-score by review id, to six decimals. */
    static Map<UUID, BigDecimal> zScores(List<ReviewTotal> callReviews) {
        Map<UUID, List<ReviewTotal>> byExpert = callReviews.stream()
                .collect(Collectors.groupingBy(ReviewTotal::expertId));
        Map<UUID, BigDecimal> z = new HashMap<>();
        byExpert.values().forEach(own -> {
            BigDecimal mean = Aggregation.mean(own.stream().map(ReviewTotal::total).toList(), 10);
            BigDecimal sd = standardDeviation(own, mean);
            for (ReviewTotal r : own) {
                z.put(r.reviewId(), own.size() < 2 || sd.signum() == 0
                        ? BigDecimal.ZERO.setScale(6)
                        : r.total().subtract(mean).divide(sd, 6, RoundingMode.HALF_UP));
            }
        });
        return z;
    }

    private static BigDecimal standardDeviation(List<ReviewTotal> own, BigDecimal mean) {
        BigDecimal squares = BigDecimal.ZERO;
        for (ReviewTotal r : own) {
            BigDecimal d = r.total().subtract(mean);
            squares = squares.add(d.multiply(d));
        }
        return squares.divide(BigDecimal.valueOf(own.size()), PRECISION).sqrt(PRECISION);
    }
}
