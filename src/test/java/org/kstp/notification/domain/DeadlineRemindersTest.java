package org.kstp.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which reminder is due: the most urgent threshold reached, nothing before 7 days or after the close. */
class DeadlineRemindersTest {

    private final Instant closes = Instant.parse("2026-06-30T10:00:00Z");

    @Test
    void theSmallestReachedThresholdIsDueAtEachBoundary() {
        assertThat(DeadlineReminders.due(closes, closes.minus(Duration.ofDays(7)).minusSeconds(1))).isEmpty();
        assertThat(DeadlineReminders.due(closes, closes.minus(Duration.ofDays(7)))).contains(Duration.ofDays(7));
        assertThat(DeadlineReminders.due(closes, closes.minus(Duration.ofDays(1)).minusSeconds(1)))
                .contains(Duration.ofDays(7));
        assertThat(DeadlineReminders.due(closes, closes.minus(Duration.ofDays(1)))).contains(Duration.ofDays(1));
        assertThat(DeadlineReminders.due(closes, closes.minus(Duration.ofHours(2)))).contains(Duration.ofHours(2));
        assertThat(DeadlineReminders.due(closes, closes.minusSeconds(1))).contains(Duration.ofHours(2));
    }

    @Test
    void nothingIsDueOnceTheCallHasClosedOrWithoutADeadline() {
        assertThat(DeadlineReminders.due(closes, closes)).isEmpty();
        assertThat(DeadlineReminders.due(closes, closes.plusSeconds(1))).isEmpty();
        assertThat(DeadlineReminders.due(null, closes)).isEmpty();
    }
}
