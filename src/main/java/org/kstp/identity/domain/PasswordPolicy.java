package org.kstp.identity.domain;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.kstp.common.RuleViolation;
import org.springframework.stereotype.Component;

/** Length and character classes of a new password, from {@link PasswordRules}. */
@Component
class PasswordPolicy {

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused instead. */
    private static final int MAX_BYTES = 72;

    private final PasswordRules rules;

    PasswordPolicy(PasswordRules rules) {
        this.rules = rules;
    }

    void check(String raw) {
        if (raw == null || raw.length() < rules.minLength() || classes(raw) < rules.minClasses()) {
            throw new RuleViolation("identity.password.weak", rules.minLength(), rules.minClasses());
        }
        if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new RuleViolation("identity.password.tooLong", MAX_BYTES);
        }
    }

    static long classes(String raw) {
        return Stream.of("\\p{Lu}", "\\p{Ll}", "\\p{Nd}", "[^\\p{Lu}\\p{Ll}\\p{Nd}]")
                .filter(pattern -> raw.codePoints().mapToObj(Character::toString).anyMatch(c -> c.matches(pattern)))
                .count();
    }
}
