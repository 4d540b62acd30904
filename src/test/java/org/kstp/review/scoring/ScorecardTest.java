package org.kstp.review.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.RuleViolation;
import org.kstp.review.domain.ScoreCriterion;

/** Score sheets as data and the scorecard's draft / submit / invalidate rules. */
class ScorecardTest {

    private static final ScoreSheet SHEET = ScoreSheet.of(List.of(
            new SheetCriterion(ScoreCriterion.SCIENTIFIC_VALUE, new BigDecimal("50"), 10),
            new SheetCriterion(ScoreCriterion.FEASIBILITY, new BigDecimal("33.33"), 100),
            new SheetCriterion(ScoreCriterion.TEAM, new BigDecimal("16.67"), 10)));

    private static Map<ScoreCriterion, Integer> scores(int sv, int fe, int team) {
        Map<ScoreCriterion, Integer> m = new EnumMap<>(ScoreCriterion.class);
        m.put(ScoreCriterion.SCIENTIFIC_VALUE, sv);
        m.put(ScoreCriterion.FEASIBILITY, fe);
        m.put(ScoreCriterion.TEAM, team);
        return m;
    }

    @Test
    void weightsMustSumToExactlyOneHundredAndScalesBeTenOrHundred() {
        assertThatThrownBy(() -> ScoreSheet.of(List.of(
                new SheetCriterion(ScoreCriterion.TEAM, new BigDecimal("99.99"), 10))))
                .hasMessageStartingWith("review.sheet.weightSum");
        assertThatThrownBy(() -> ScoreSheet.of(List.of(
                new SheetCriterion(ScoreCriterion.TEAM, new BigDecimal("100"), 5))))
                .hasMessageStartingWith("review.sheet.scale");
        assertThatThrownBy(() -> ScoreSheet.of(List.of())).hasMessageStartingWith("review.sheet.empty");
        assertThat(ScoreSheet.parse("SCIENTIFIC_VALUE:25:10;INNOVATION:20:10;FEASIBILITY:20:10;TEAM:15:10;"
                + "BUDGET_RATIONALITY:10:10;PLAN_RELEVANCE:10:10").criteria()).hasSize(6);
    }

    @Test
    void totalMixesScalesOnZeroToHundred() {
        // 50*8/10 + 33.33*90/100 + 16.67*6/10 = 40 + 29.997 + 10.002 = 79.999 -> 80.00
        assertThat(SHEET.total(scores(8, 90, 6))).isEqualByComparingTo("80.00");
        assertThat(SHEET.total(scores(10, 100, 10))).isEqualByComparingTo("100.00");
        assertThatThrownBy(() -> SHEET.total(scores(11, 50, 5))).hasMessageStartingWith("review.score.range");
        assertThatThrownBy(() -> SHEET.total(scores(5, 101, 5))).hasMessageStartingWith("review.score.range");
    }

    @Test
    void draftKeepsPartialScoresSubmitNeedsEverythingAndThePledge() {
        Scorecard card = Scorecard.open(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Map<ScoreCriterion, Integer> partial = new EnumMap<>(ScoreCriterion.class);
        partial.put(ScoreCriterion.TEAM, 7);
        card.saveDraft(SHEET, partial, "half done", null, Instant.EPOCH);
        assertThat(card.scoreMap()).containsEntry(ScoreCriterion.TEAM, 7).hasSize(1);
        assertThat(card.submitted()).isFalse();

        assertThatThrownBy(() -> card.submit(SHEET, partial, "x", Recommendation.FUND, true, Instant.EPOCH))
                .hasMessageStartingWith("review.score.range");
        assertThatThrownBy(() -> card.submit(SHEET, scores(8, 90, 6), "ok", Recommendation.FUND, false, Instant.EPOCH))
                .hasMessageStartingWith("review.score.pledgeRequired");
        assertThatThrownBy(() -> card.submit(SHEET, scores(8, 90, 6), "ok", null, true, Instant.EPOCH))
                .hasMessageStartingWith("review.score.recommendationRequired");
        assertThatThrownBy(() -> card.submit(SHEET, scores(8, 90, 6), " ", Recommendation.FUND, true, Instant.EPOCH))
                .hasMessageStartingWith("review.score.opinionRequired");

        card.submit(SHEET, scores(8, 90, 6), "Sound plan", Recommendation.FUND_AFTER_REVISION, true, Instant.EPOCH);
        assertThat(card.total()).isEqualByComparingTo("80.00");
        assertThat(card.pledgedAt()).isEqualTo(Instant.EPOCH);
        assertThat(card.valid()).isTrue();
        assertThatThrownBy(() -> card.saveDraft(SHEET, partial, "late", null, Instant.EPOCH))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void onlySubmittedReviewsCanBeInvalidatedOnceWithAReason() {
        Scorecard card = Scorecard.open(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        assertThatThrownBy(() -> card.invalidate("x", "staff", Instant.EPOCH))
                .hasMessageStartingWith("review.invalid.notSubmitted");
        card.submit(SHEET, scores(5, 50, 5), "Fine", Recommendation.DO_NOT_FUND, true, Instant.EPOCH);
        assertThatThrownBy(() -> card.invalidate(" ", "staff", Instant.EPOCH))
                .hasMessageStartingWith("review.invalid.reasonRequired");
        card.invalidate("Copied opinion", "staff", Instant.EPOCH);
        assertThat(card.valid()).isFalse();
        assertThatThrownBy(() -> card.invalidate("again", "staff", Instant.EPOCH))
                .hasMessageStartingWith("review.invalid.already");
    }

    @Test
    void anonymousLettersFollowSubmissionOrder() {
        assertThat(AnonymousReview.letter(0)).isEqualTo("A");
        assertThat(AnonymousReview.letter(2)).isEqualTo("C");
        assertThat(AnonymousReview.letter(26)).isEqualTo("A2");
    }
}
