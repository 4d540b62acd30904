package org.kstp.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GB 32100 against the real and synthetic vectors of shared/data/identifiers (copied to test
 * resources). A row marked as failing the check either fails only its check digit (it must parse,
 * flagged), is malformed (it must be refused), or differs from a valid code only in letter case
 * (it must be normalised, then judged like the upper-case code).
 */
class UsccTest {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    record Vector(String code, String kind, String expectedCheck, boolean passes) {
        boolean wellFormed(String value) {
            return value.length() == 18 && value.chars().allMatch(c -> CHARSET.indexOf(c) >= 0);
        }
    }

    static List<Vector> vectors() throws IOException {
        try (InputStream in = UsccTest.class.getResourceAsStream("/uscc_test_vectors.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split(",", -1))
                    .map(f -> new Vector(f[0], f[2], f[3], Boolean.parseBoolean(f[4])))
                    .toList();
        }
    }

    @Test
    void theVectorFileHasAllItsRows() throws IOException {
        assertThat(vectors()).hasSize(17);
        assertThat(vectors()).filteredOn(v -> v.kind().equals("real_pilot_nonconforming")).hasSize(3);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void everyVectorIsJudgedAsTheFileSays(Vector vector) {
        String upper = vector.code().toUpperCase(Locale.ROOT);
        if (vector.wellFormed(vector.code())) {
            Uscc parsed = Uscc.parse(vector.code());
            assertThat(parsed.value()).isEqualTo(vector.code());
            assertThat(parsed.checkDigitValid()).isEqualTo(vector.passes());
            // The file's expected_check_char is what the algorithm computes, also for the failing rows.
            assertThat(String.valueOf(Uscc.expectedCheckCharacter(vector.code()))).isEqualTo(vector.expectedCheck());
        } else if (vector.wellFormed(upper)) {
            assertThat(Uscc.parse(vector.code())).isEqualTo(Uscc.parse(upper));
        } else {
            assertThatThrownBy(() -> Uscc.parse(vector.code())).isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void realPilotRegionCodesParseButAreFlagged() throws IOException {
        assertThat(vectors()).filteredOn(v -> v.kind().equals("real_pilot_nonconforming"))
                .allSatisfy(v -> assertThat(Uscc.parse(v.code()).checkDigitValid()).isFalse());
    }

    @Test
    void lowerCaseIsNormalisedToTheValidCode() {
        Uscc parsed = Uscc.parse("91440300708461136t");
        assertThat(parsed.value()).isEqualTo("91440300708461136T");
        assertThat(parsed.checkDigitValid()).isTrue();
    }

    @Test
    void fullWidthInputAndSurroundingSpacesAreNormalised() {
        String code = "91440300708461136T";
        StringBuilder fullWidth = new StringBuilder();
        code.chars().forEach(c -> fullWidth.append((char) (c + 0xFEE0)));
        Uscc parsed = Uscc.parse("  " + fullWidth + " ");
        assertThat(parsed.value()).isEqualTo(code);
        assertThat(parsed.checkDigitValid()).isTrue();
        assertThat(parsed.adminDivision()).isEqualTo("440300");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "9144030070846113", "91440300708461136TX", "91440300708461136I",
            "9144030O708461136T", "91440300708461136Z", "91440300708461136S", "91440300708461136V",
            "91440300-08461136T", "914403007084611\u4E2D6T"})
    void malformedCodesAreRefused(String input) {
        assertThatThrownBy(() -> Uscc.parse(input)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isIn("common.uscc.length", "common.uscc.character");
    }

    @Test
    void nullIsRefusedAsTooShort() {
        assertThatThrownBy(() -> Uscc.parse(null)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("common.uscc.length");
    }

    @Test
    void theRefusalNamesThePositionAndCharacter() {
        assertThatThrownBy(() -> Uscc.parse("9144030O708461136T")).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(Arrays.asList(e.arguments())).containsExactly(8, "O"));
    }
}
