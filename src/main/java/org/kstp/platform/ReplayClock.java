package org.kstp.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock: the system clock, except on a thread that is replaying dated history.
 * Only the demo sets a replayed instant, for its own thread, so that last year's calls are drafted,
 * submitted and decided while they were open, through the same commands (and rules) as live ones.
 * Every other thread, including the event listeners the replay triggers, keeps the real time.
 */
public final class ReplayClock extends Clock {

    private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

    private final Clock system;

    ReplayClock(Clock system) {
        this.system = system;
    }

    /** Runs the work with this thread's clocks reading {@code at}; the real time is back afterwards. */
    public static <T> T at(Instant at, Supplier<T> work) {
        Instant before = REPLAYED.get();
        REPLAYED.set(at);
        try {
            return work.get();
        } finally {
            if (before == null) {
                REPLAYED.remove();
            } else {
                REPLAYED.set(before);
            }
        }
    }

    /** {@link #at(Instant, Supplier)} for work without a result. */
    public static void at(Instant at, Runnable work) {
        at(at, () -> {
            work.run();
            return null;
        });
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ReplayClock(system.withZone(zone));
    }

    @Override
    public Instant instant() {
        Instant replayed = REPLAYED.get();
        return replayed == null ? system.instant() : replayed;
    }
}
