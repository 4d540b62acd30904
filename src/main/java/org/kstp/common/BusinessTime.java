package org.kstp.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The time zone in which deadlines, windows and "today" are stated (kstp.business-zone, by default
 * Asia/Shanghai: Beijing time, which Xinjiang's offices use for official business), together with
 * the clock. One instance is a bean (see the platform module), so callers ask it for today's date
 * or convert an entered local time, and tests move its clock; domain code never calls now().
 */
public final class BusinessTime {

    /** Beijing time, the default of kstp.business-zone. */
    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    /**
     * The default zone as a constant, left only for the proposal's concurrency and integrity rules,
     * which the rules restructuring (issue 16, part A) moves onto this bean; use {@link #zone()}.
     */
    @Deprecated(forRemoval = true)
    public static final ZoneId ZONE = ZoneId.of(DEFAULT_ZONE);

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '(UTC'xxx')'");
    private static final DateTimeFormatter STAMP_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '(UTC'xxx')'");

    private final ZoneId zone;
    private final Clock clock;

    public BusinessTime(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The business date now: after 00:00 Beijing time it is already tomorrow, whatever the server's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The business date of a moment. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** A moment as the wall clock of the business zone shows it. */
    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    /** A wall-clock time entered by a user (e.g. a call's deadline) as the moment it denotes. */
    public Instant instant(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    /** A moment as receipts and notices state it: wall-clock time with its offset written out. */
    public String stamp(Instant instant) {
        return STAMP.format(instant.atZone(zone));
    }

    /** {@link #stamp} to the minute, for deadlines. */
    public String stampToMinute(Instant instant) {
        return STAMP_MINUTE.format(instant.atZone(zone));
    }

    /** The first moment of a business date. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }
}
