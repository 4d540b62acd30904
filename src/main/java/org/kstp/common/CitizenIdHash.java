package org.kstp.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Citizen ID numbers are never stored: only this keyed hash of the normalised number (GB 11643, 18
 * characters, check digit verified), so that a list from the region can be matched to a person later
 * without keeping the number itself. Keyed, because an ID number has so little entropy (region ×
 * birth date × sequence) that a plain hash is reversed in seconds; without the key (kept outside the
 * database, see {@link FieldKeys}) nobody can even test a guess.
 *
 * <p>The keyed hash is HMAC-SM3 over the SHA-256 digest the platform stored before it was keyed. That
 * inner step is what let existing hashes be migrated without the numbers: {@link #rekey} turns a stored
 * digest into exactly what {@link #of} gives for the number. Every hash of a person's ID (directory
 * records, legal representatives, the integrity register, imports) goes through this class, so they
 * keep matching one another.
 */
public final class CitizenIdHash {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final String DOMAIN = "kstp-citizen-id:";

    private final FieldKeys keys;

    public CitizenIdHash(FieldKeys keys) {
        this.keys = keys;
    }

    /** The hex keyed hash of the normalised number; refuses malformed numbers and wrong check digits. */
    public String of(String raw) {
        String id = normalise(raw);
        if (!id.matches("\\d{17}[\\dX]")) {
            throw new RuleViolation("integrity.citizenId.format");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        if (CHECK.charAt(sum % 11) != id.charAt(17)) {
            throw new RuleViolation("integrity.citizenId.checkDigit");
        }
        return keyed(DOMAIN + id);
    }

    /**
     * The keyed hash of a text under a domain prefix of the caller's (e.g. passports), by the same two
     * steps as citizen IDs, so a digest stored before keying migrates with {@link #rekey} as well.
     */
    public String keyed(String domainAndText) {
        return keys.macHex(sha256(domainAndText));
    }

    /** What {@link #of} now gives for a number whose hash was stored as the old unkeyed hex digest. */
    public String rekey(String legacyHexDigest) {
        return keys.macHex(HexFormat.of().parseHex(legacyHexDigest.trim()));
    }

    /** The last four characters of the normalised number, the only part of it ever kept for display. */
    public static String tail(String raw) {
        String id = normalise(raw);
        return id.length() <= 4 ? id : id.substring(id.length() - 4);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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
