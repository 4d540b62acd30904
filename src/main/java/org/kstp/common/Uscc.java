package org.kstp.common;

import java.util.Locale;

/**
 * Unified social credit code (GB 32100-2015). Real codes from early pilot regions fail the check digit, so a
 * failed check is a warning for manual review, while a malformed code is refused outright.
 */
public record Uscc(String value, boolean checkDigitValid) {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Parses user input: trims, converts full-width characters, upper-cases; refuses malformed codes. */
    public static Uscc parse(String input) {
        String code = normalise(input);
        if (code.length() != 18) {
            throw new RuleViolation("common.uscc.length");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                throw new RuleViolation("common.uscc.character", i + 1, String.valueOf(code.charAt(i)));
            }
        }
        return new Uscc(code, code.charAt(17) == expectedCheckCharacter(code));
    }

    /** The check character the first 17 characters call for. */
    public static char expectedCheckCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** Positions 3-8: the admin division of the registering authority, e.g. 653101 for Kashgar city. */
    public String adminDivision() {
        return value.substring(2, 8);
    }

    private static String normalise(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : input.trim().toCharArray()) {
            // Full-width ASCII (U+FF01..U+FF5E) maps to ASCII by a fixed offset.
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return out.toString().trim().toUpperCase(Locale.ROOT);
    }
}
