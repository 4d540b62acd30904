package org.kstp.review.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The aggregation rules of one call, over its valid reviews (invalidated ones never reach here):
 * <ul>
 * <li>mean of the reviews' weighted totals, two decimals half up;</li>
 * <li>trimmed mean: from {@value #TRIM_FROM} valid reviews on, the single highest and lowest are
 * dropped (below that, dropping would leave too little: it equals the mean);</li>
 * <li>normalised: the mean of each review's per-expert z-score ({@link ExpertNormaliser});</li>
 * <li>outlier: a review more than {@link #OUTLIER_DISTANCE} points (of 100, i.e. 2 points on a 0-10
 * sheet) from the proposal's median; only judged with at least {@value #OUTLIER_FROM} reviews,
 * since with two neither is "the odd one out";</li>
 * <li>fewer than the minimum of valid reviews ({@link ReviewQuorum}): flagged as too few.</li>
 * </ul>
 */
public final class Aggregation {

    public static final int TRIM_FROM = 5;
    /** A median needs three values before one of them can stand out; not the decision rule's minimum. */
    static final int OUTLIER_FROM = 3;
    public static final BigDecimal OUTLIER_DISTANCE = new BigDecimal("20");

    private Aggregation() {
    }

    /** Aggregates per proposal of all valid reviews of one call (the z-scores need the whole call). */
    public static Map<UUID, ProposalAggregate> of(List<ReviewTotal> callReviews, int minValidReviews) {
        Map<UUID, BigDecimal> z = ExpertNormaliser.zScores(callReviews);
        return callReviews.stream().collect(Collectors.groupingBy(ReviewTotal::proposalId)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> aggregate(e.getKey(), e.getValue(), z, minValidReviews)));
    }

    static ProposalAggregate aggregate(UUID proposalId, List<ReviewTotal> reviews, Map<UUID, BigDecimal> z,
                                       int minValidReviews) {
        if (reviews.isEmpty()) {
            return ProposalAggregate.none(proposalId);
        }
        List<BigDecimal> totals = reviews.stream().map(ReviewTotal::total).sorted().toList();
        BigDecimal median = median(totals);
        Set<UUID> outliers = new HashSet<>();
        if (reviews.size() >= OUTLIER_FROM) {
            reviews.stream().filter(r -> r.total().subtract(median).abs().compareTo(OUTLIER_DISTANCE) > 0)
                    .forEach(r -> outliers.add(r.reviewId()));
        }
        List<BigDecimal> kept = totals.size() >= TRIM_FROM ? totals.subList(1, totals.size() - 1) : totals;
        BigDecimal normalised = mean(reviews.stream().map(r -> z.get(r.reviewId())).toList(), 3);
        return new ProposalAggregate(proposalId, reviews.size(), mean(totals, 2), mean(kept, 2), normalised,
                median, outliers, reviews.size() < minValidReviews);
    }

    static BigDecimal mean(List<BigDecimal> values, int scale) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), scale, RoundingMode.HALF_UP);
    }

    static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        List<BigDecimal> s = new ArrayList<>(sorted);
        return n % 2 == 1 ? s.get(n / 2)
                : s.get(n / 2 - 1).add(s.get(n / 2)).divide(BigDecimal.valueOf(2), 3, RoundingMode.HALF_UP);
    }
}
