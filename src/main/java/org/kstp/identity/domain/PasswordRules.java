package org.kstp.identity.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Password rules of MLPS level 3 (GB/T 22239-2019 8.1.4.1: complexity and periodic change), as configuration.
 * They deviate from OWASP ASVS 5 (which forbids composition rules and forced periodic changes) because the
 * level-3 assessment asks for them; see the README's security section.
 *
 * @param minLength          shortest password accepted
 * @param minClasses         how many of the four classes (upper case, lower case, digits, symbols) it must mix
 * @param history            a new password may not equal the current one or the ones before it, this many in all
 * @param maxAge             a password older than this must be changed before anything else; zero turns it off
 * @param warnBefore         the workbench warns this long before the maximum age is reached
 * @param activationValidity how long an activation or reset code works
 */
@ConfigurationProperties("kstp.security.password")
public record PasswordRules(int minLength, int minClasses, int history, Duration maxAge, Duration warnBefore,
                            Duration activationValidity) {

    public PasswordRules {
        minLength = Math.max(8, minLength);
        minClasses = minClasses <= 0 ? 3 : Math.min(4, minClasses);
        history = history < 0 ? 5 : history;
        maxAge = maxAge == null ? Duration.ofDays(90) : maxAge;
        warnBefore = warnBefore == null ? Duration.ofDays(14) : warnBefore;
        activationValidity = activationValidity == null ? Duration.ofHours(72) : activationValidity;
    }
}
