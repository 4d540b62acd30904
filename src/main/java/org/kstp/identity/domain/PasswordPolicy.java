package org.kstp.identity.domain;

import org.kstp.common.RuleViolation;
import org.springframework.stereotype.Component;

/** At least 10 characters mixing letters and digits: MLPS level 3 asks for complex passwords. */
@Component
class PasswordPolicy {

    void check(String raw) {
        if (raw == null || raw.length() < 10 || !raw.matches(".*[A-Za-z].*") || !raw.matches(".*[0-9].*")) {
            throw new RuleViolation("identity.password.weak");
        }
    }
}
