package org.kstp.review.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The aggregation rules at their boundaries: trimming at 4/5 reviews, z-scores, outliers, too few. */
class AggregationTest {

    private final UUID proposal = UUID.randomUUID();

    private List<ReviewTotal> reviews(String... totals) {
        List<ReviewTotal> list = new ArrayList<>();
        for (String t : totals) {
            list.add(new ReviewTotal(UUID.randomUUID(), UUID.randomUUID(), proposal, new BigDecimal(t)));
        }
        return list;
    }

    @Test
    void fourReviewsAreNotTrimmed() {
        ProposalAggregate a = Aggregation.of(reviews("60", "70", "80", "95"), 3).get(proposal);
        assertThat(a.mean()).isEqualByComparingTo("76.25");
        assertThat(a.trimmedMean()).isEqualByComparingTo(a.mean());
        assertThat(a.tooFewReviews()).isFalse();
    }

    @Test
    void fiveReviewsDropTheHighestAndLowest() {
        ProposalAggregate a = Aggregation.of(reviews("40", "70", "75", "80", "99"), 3).get(proposal);
        assertThat(a.mean()).isEqualByComparingTo("72.80");
        assertThat(a.trimmedMean()).isEqualByComparingTo("75.00");
        assertThat(a.validReviews()).isEqualTo(5);
    }

    @Test
    void outlierIsMoreThanTwentyPointsFromTheMedianNotExactlyTwenty() {
        List<ReviewTotal> r = reviews("70", "70", "90", "49.99");
        ProposalAggregate a = Aggregation.of(r, 3).get(proposal);
        assertThat(a.median()).isEqualByComparingTo("70");
        // 90 is exactly 20 away: not an outlier; 49.99 is 20.01 away: outlier.
        assertThat(a.outliers()).containsExactly(r.get(3).reviewId());
    }

    @Test
    void twoReviewsAreNeverOutliersButAreTooFew() {
        ProposalAggregate a = Aggregation.of(reviews("10", "95"), 3).get(proposal);
        assertThat(a.outliers()).isEmpty();
        assertThat(a.tooFewReviews()).isTrue();
        assertThat(Aggregation.of(reviews("10", "95", "50"), 3).get(proposal).tooFewReviews()).isFalse();
        assertThat(Aggregation.of(reviews("10", "95", "50"), 4).get(proposal).tooFewReviews())
                .as("the minimum is the setting's, not a constant").isTrue();
    }

    @Test
    void invalidReviewsLeftOutCountTowardsTooFew() {
        // The service passes only valid reviews: three given, one invalidated, leaves two.
        List<ReviewTotal> valid = reviews("80", "85", "90").subList(0, 2);
        ProposalAggregate a = Aggregation.of(valid, 3).get(proposal);
        assertThat(a.validReviews()).isEqualTo(2);
        assertThat(a.tooFewReviews()).isTrue();
        assertThat(a.mean()).isEqualByComparingTo("82.50");
    }

    @Test
    void zScoresCorrectForAHarshExpert() {
        UUID harsh = UUID.randomUUID();
        UUID generous = UUID.randomUUID();
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        // The harsh expert prefers p1 (50 vs 40); the generous one prefers p2 only slightly (91 vs 90).
        List<ReviewTotal> call = List.of(
                new ReviewTotal(UUID.randomUUID(), harsh, p1, new BigDecimal("50")),
                new ReviewTotal(UUID.randomUUID(), harsh, p2, new BigDecimal("40")),
                new ReviewTotal(UUID.randomUUID(), generous, p1, new BigDecimal("90")),
                new ReviewTotal(UUID.randomUUID(), generous, p2, new BigDecimal("91")));
        Map<UUID, ProposalAggregate> a = Aggregation.of(call, 3);
        // Raw means: p1 70.00, p2 65.50. Each expert's z is +1 / -1 for their own better / worse one.
        assertThat(a.get(p1).normalised()).isEqualByComparingTo("0.000");
        assertThat(a.get(p2).normalised()).isEqualByComparingTo("0.000");
        assertThat(a.get(p1).mean()).isEqualByComparingTo("70.00");
    }

    @Test
    void zScoreIsOneStandardDeviation() {
        UUID expert = UUID.randomUUID();
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        ReviewTotal high = new ReviewTotal(UUID.randomUUID(), expert, p1, new BigDecimal("80"));
        ReviewTotal low = new ReviewTotal(UUID.randomUUID(), expert, p2, new BigDecimal("60"));
        Map<UUID, BigDecimal> z = ExpertNormaliser.zScores(List.of(high, low));
        assertThat(z.get(high.reviewId())).isEqualByComparingTo("1");
        assertThat(z.get(low.reviewId())).isEqualByComparingTo("-1");
        // An expert with one review, or the same score everywhere, is "average": z = 0.
        ReviewTotal single = new ReviewTotal(UUID.randomUUID(), UUID.randomUUID(), p1, new BigDecimal("99"));
        assertThat(ExpertNormaliser.zScores(List.of(single)).get(single.reviewId())).isZero();
    }
}
