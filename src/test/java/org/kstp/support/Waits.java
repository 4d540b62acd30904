package org.kstp.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for what happens after a commit (event listeners run asynchronously, as in production). */
public final class Waits {

    private Waits() {
    }

    /** Polls until the condition holds; fails the test with the description if it never does. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            sleep(100);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
