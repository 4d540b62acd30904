package org.kstp.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Length and character classes from configuration (等保 level 3), with their defaults. */
class PasswordPolicyTest {

    private final PasswordPolicy defaults = new PasswordPolicy(new PasswordRules(0, 0, -1, null, null, null));

    @Test
    void defaultsAreEightCharactersFromThreeClasses() {
        assertThatCode(() -> defaults.check("Abcdef1x")).doesNotThrowAnyException();
        assertThatCode(() -> defaults.check("abcdef1!")).doesNotThrowAnyException();
        assertThatThrownBy(() -> defaults.check("Abcde1x")).hasMessageContaining("weak");
        assertThatThrownBy(() -> defaults.check("abcdefgh12")).hasMessageContaining("weak");
        assertThatThrownBy(() -> defaults.check(null)).hasMessageContaining("weak");
    }

    @Test
    void theNumbersAreConfigurationButNeverBelowEight() {
        PasswordPolicy strict = new PasswordPolicy(new PasswordRules(12, 4, 5, Duration.ofDays(90), Duration.ofDays(7),
                Duration.ofHours(72)));
        assertThatThrownBy(() -> strict.check("Abcdefgh1234")).hasMessageContaining("weak");
        assertThatCode(() -> strict.check("Abcdefgh123!")).doesNotThrowAnyException();
        assertThat(new PasswordRules(4, 3, 5, null, null, null).minLength()).isEqualTo(8);
    }

    @Test
    void classesCountLettersOfAnyScriptAndSymbols() {
        assertThat(PasswordPolicy.classes("Aa1!")).isEqualTo(4);
        assertThat(PasswordPolicy.classes("\u5bc6\u7801abc123")).as("Han characters count as symbols").isEqualTo(3);
        assertThatThrownBy(() -> defaults.check("Aa1!" + "x".repeat(70))).hasMessageContaining("tooLong");
    }
}
