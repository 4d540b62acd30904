package org.kstp.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings: after maxFailedLogins failures in a row the account is locked for lockDuration; one
 * source address may fail addressFailures times within addressWindow before its sign-ins are refused until
 * the window has passed (a password sprayer changes accounts, not addresses).
 */
@ConfigurationProperties("kstp.security")
public record SecuritySettings(int maxFailedLogins, Duration lockDuration, int addressFailures,
                               Duration addressWindow) {

    public SecuritySettings {
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        lockDuration = lockDuration == null ? Duration.ofMinutes(30) : lockDuration;
        addressFailures = addressFailures <= 0 ? 30 : addressFailures;
        addressWindow = addressWindow == null ? Duration.ofMinutes(10) : addressWindow;
    }
}
