package org.kstp.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Citizen ID numbers are never stored: only this hash of the normalised number (GB 11643, 18
 * characters, check digit verified), so that a list from the region can be matched to a person
 * later without keeping the number itself.
 */
public final class CitizenIdHash {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final String DOMAIN = "kstp-citizen-id:";

    private CitizenIdHash() {
    }

    /** The hex SHA-256 of the normalised number; refuses malformed numbers and wrong check digits. */
    public static String of(String raw) {
        String id = normalise(raw);
        if (!id.matches("\\d{17}[\\dX]")) {
            throw new RuleViolation("integrity.citizenId.format");
        }
        if (checkCharacter(id) != id.charAt(17)) {
            throw new RuleViolation("integrity.citizenId.checkDigit");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((DOMAIN + id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The check character (GB 11643) that the first 17 digits of a number call for. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The last four characters of the normalised number, the only part of it ever kept for display. */
    public static String tail(String raw) {
        String id = normalise(raw);
        return id.length() <= 4 ? id : id.substring(id.length() - 4);
    }

    private static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : raw.trim().toCharArray()) {
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return out.toString().replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
