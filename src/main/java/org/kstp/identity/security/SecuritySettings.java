package org.kstp.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lockout settings: after maxFailedLogins failures in a row the account is locked for lockDuration.
 */
@ConfigurationProperties("kstp.security")
public record SecuritySettings(int maxFailedLogins, Duration lockDuration) {

    public SecuritySettings {
        maxFailedLogins = maxFailedLogins <= 0 ? 5 : maxFailedLogins;
        lockDuration = lockDuration == null ? Duration.ofMinutes(30) : lockDuration;
    }
}
