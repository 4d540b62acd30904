package org.kstp.program.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.Role;
import org.kstp.program.CallDraft;
import org.kstp.program.RuleDefaults;

/**
 * A call's deadline is entered as Beijing wall-clock time and closes the call at that moment: a
 * submission is taken up to the second before it, plus the grace period, on a server whose own clock
 * runs in UTC. Checked at 23:59:59 / 00:00:00 and across 31 December / 1 January, with a fixed clock.
 */
class CallDeadlineTest {

    private static final ZoneId BEIJING = ZoneId.of(BusinessTime.DEFAULT_ZONE);
    private static final RuleDefaults DEFAULTS = new RuleDefaults(null, null, null, null, null, 3, false, false);
    private final Actor bureau = new Actor(UUID.randomUUID(), "b", "B", Set.of(Role.BUREAU_STAFF), null, null);

    /** The business time at a Beijing wall-clock moment, on a server clock in UTC. */
    private static BusinessTime at(String beijing) {
        Instant instant = LocalDateTime.parse(beijing).atZone(BEIJING).toInstant();
        return new BusinessTime(BEIJING, Clock.fixed(instant, ZoneOffset.UTC));
    }

    /** A published call closing at the given Beijing time, entered the way staff enter it. */
    private Call closingAt(String beijing, int graceMinutes) {
        BusinessTime entry = at("2026-12-01T09:00:00");
        Call call = Call.draft(UUID.randomUUID(), new CallDraft("Call", "", entry.now(),
                entry.instant(LocalDateTime.parse(beijing)), new BigDecimal("500000"), true, false,
                DEFAULTS.indirectTiers(), DEFAULTS.equipmentJustificationThreshold(), DEFAULTS.concurrency(), Map.of()),
                entry.now());
        call.publish(bureau, entry.now());
        if (graceMinutes > 0) {
            call.changeWindow(call.closesAt(), graceMinutes, "Portal outage", bureau, entry.now());
        }
        return call;
    }

    private static boolean accepts(Call call, String beijing) {
        return call.acceptsProposals(at(beijing).now());
    }

    @Test
    void aDeadlineAt235959OnNewYearsEveClosesAtThatSecond() {
        Call call = closingAt("2026-12-31T23:59:59", 0);
        assertThat(call.closesAt()).as("entered as Beijing time").isEqualTo(Instant.parse("2026-12-31T15:59:59Z"));
        assertThat(accepts(call, "2026-12-31T23:59:58")).isTrue();
        assertThat(accepts(call, "2026-12-31T23:59:59")).isFalse();
        assertThat(accepts(call, "2027-01-01T00:00:00")).isFalse();
    }

    @Test
    void aDeadlineAtMidnightTakesTheWholeOf31December() {
        Call call = closingAt("2027-01-01T00:00:00", 0);
        assertThat(call.closesAt()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
        assertThat(accepts(call, "2026-12-31T23:59:59")).isTrue();
        assertThat(accepts(call, "2027-01-01T00:00:00")).isFalse();
    }

    @Test
    void theGracePeriodExtendsTheEdgeByExactlyItsMinutesIntoTheNewYear() {
        Call call = closingAt("2026-12-31T23:59:59", 30);
        assertThat(accepts(call, "2026-12-31T23:59:59")).as("inside the grace period").isTrue();
        assertThat(accepts(call, "2027-01-01T00:29:58")).isTrue();
        assertThat(accepts(call, "2027-01-01T00:29:59")).isFalse();
    }

    @Test
    void anOrdinaryMidnightDeadlineBetweenTwoDays() {
        Call call = closingAt("2026-12-16T00:00:00", 0);
        assertThat(accepts(call, "2026-12-15T23:59:59")).isTrue();
        assertThat(accepts(call, "2026-12-16T00:00:00")).isFalse();
    }
}
