package org.kstp.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The business date turns at midnight Beijing time (16:00 UTC), not at the server's midnight. */
class BusinessTimeTest {

    private static BusinessTime beijingAt(String utc) {
        return new BusinessTime(ZoneId.of(BusinessTime.DEFAULT_ZONE), Clock.fixed(Instant.parse(utc), ZoneOffset.UTC));
    }

    @Test
    void newYearsEveTurnsIntoNewYearsDayAtBeijingMidnight() {
        assertThat(beijingAt("2026-12-31T15:59:59Z").today()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(beijingAt("2026-12-31T16:00:00Z").today()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(beijingAt("2026-12-31T16:00:00Z").today().getYear()).as("tracking numbers, yearly caps").isEqualTo(2027);
    }

    @Test
    void anEnteredWallClockTimeIsTheBusinessZonesAndStampsShowTheOffset() {
        BusinessTime time = beijingAt("2026-06-01T00:00:00Z");
        Instant deadline = time.instant(LocalDateTime.of(2026, 12, 31, 23, 59, 59));
        assertThat(deadline).isEqualTo(Instant.parse("2026-12-31T15:59:59Z"));
        assertThat(time.local(deadline)).isEqualTo(LocalDateTime.of(2026, 12, 31, 23, 59, 59));
        assertThat(time.stamp(deadline)).isEqualTo("2026-12-31 23:59:59 (UTC+08:00)");
        assertThat(time.startOf(LocalDate.of(2027, 1, 1))).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    }

    @Test
    void anotherConfiguredZoneMovesTheDayBoundary() {
        BusinessTime urumqi = new BusinessTime(ZoneId.of("Asia/Urumqi"),
                Clock.fixed(Instant.parse("2026-12-31T16:00:00Z"), ZoneOffset.UTC));
        assertThat(urumqi.today()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(urumqi.stamp(urumqi.now())).isEqualTo("2026-12-31 22:00:00 (UTC+06:00)");
    }
}
