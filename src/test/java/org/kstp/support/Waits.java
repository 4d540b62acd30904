package org.kstp.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for what happens after a commit (event listeners run asynchronously, as in production). */
public final class Waits {

    private static final long POLL_MILLIS = 100;

    private Waits() {
    }

    /** Polls until the condition holds; fails the test with the description if it never does. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            try {
                Thread.sleep(POLL_MILLIS); // a polling interval, never a timing assumption
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }
}
