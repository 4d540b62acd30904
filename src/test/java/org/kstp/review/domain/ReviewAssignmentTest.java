package org.kstp.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.RuleViolation;

/** The score sheet: every criterion 0-10, weighted to 100, submitted once. */
class ReviewAssignmentTest {

    private static Map<ScoreCriterion, Integer> scores(int value) {
        Map<ScoreCriterion, Integer> scores = new EnumMap<>(ScoreCriterion.class);
        for (ScoreCriterion c : ScoreCriterion.values()) {
            scores.put(c, value);
        }
        return scores;
    }

    @Test
    void weightedTotalAndSingleSubmission() {
        ReviewAssignment a = ReviewAssignment.assign(UUID.randomUUID(), UUID.randomUUID(), "E", Instant.EPOCH);
        Map<ScoreCriterion, Integer> scores = scores(8);
        scores.put(ScoreCriterion.TEAM, 5);
        assertThatThrownBy(() -> a.submit(scores, "Good", Instant.EPOCH))
                .hasMessageStartingWith("review.declaration.required");
        a.declareNoConflict(Instant.EPOCH);
        a.submit(scores, "Good", Instant.EPOCH);
        // 8*30 + 8*25 + 8*25 + 5*20 = 740 -> 74.00
        assertThat(a.total()).isEqualByComparingTo("74.00");
        assertThat(a.status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThatThrownBy(() -> a.submit(scores(9), "Again", Instant.EPOCH)).isInstanceOf(RuleViolation.class);
        assertThat(a.total()).isEqualByComparingTo("74.00");
    }

    @Test
    void outOfRangeMissingOrSilentSheetsAreRefused() {
        ReviewAssignment a = ReviewAssignment.assign(UUID.randomUUID(), UUID.randomUUID(), "E", Instant.EPOCH);
        a.declareNoConflict(Instant.EPOCH);
        assertThatThrownBy(() -> a.submit(scores(11), "x", Instant.EPOCH)).isInstanceOf(RuleViolation.class);
        Map<ScoreCriterion, Integer> missing = scores(5);
        missing.remove(ScoreCriterion.INNOVATION);
        assertThatThrownBy(() -> a.submit(missing, "x", Instant.EPOCH)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> a.submit(scores(5), " ", Instant.EPOCH)).isInstanceOf(RuleViolation.class);
        assertThat(a.status()).isEqualTo(AssignmentStatus.ASSIGNED);
    }
}
