package org.kstp.identity.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per source address within a window: an address past the limit is refused before any
 * password is checked, whatever account it tries, until its window has passed. Kept in memory: it slows a
 * guesser down on this instance, while the account lock (in the database) is what protects each account.
 */
@Component
class SignInThrottle {

    private record Window(Instant start, int failures) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final SecuritySettings settings;
    private final Clock clock;

    SignInThrottle(SecuritySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    boolean refuses(String address) {
        Window window = windows.get(address);
        return window != null && current(window) && window.failures() >= settings.addressFailures();
    }

    void failed(String address) {
        windows.compute(address, (key, window) -> window == null || !current(window)
                ? new Window(clock.instant(), 1) : new Window(window.start(), window.failures() + 1));
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> !current(w));
        }
    }

    private boolean current(Window window) {
        return window.start().plus(settings.addressWindow()).isAfter(clock.instant());
    }
}
