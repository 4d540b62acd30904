package org.kstp.review.assignment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * Commit-then-reveal for random draws that anyone can check: the SHA-256 of the seed is
 * published before the draw, the seed after. The random generator is seeded from a differently
 * prefixed hash, so the published commitment reveals nothing about the draw; seeds should be
 * high-entropy (e.g. 128 random bits in hex) so they cannot be guessed from the commitment.
 */
public final class SeedCommitment {

    private static final String DRAW_PREFIX = "kstp-review-draw\n";

    private SeedCommitment() {
    }

    /** The commitment to publish before the draw: lower-case hex SHA-256 of the seed's UTF-8 bytes. */
    public static String commitment(String seed) {
        return HexFormat.of().formatHex(sha256(seed));
    }

    /** The generator a draw uses; equal seeds give equal sequences. */
    public static SplittableRandom random(String seed) {
        byte[] hash = sha256(DRAW_PREFIX + seed);
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (hash[i] & 0xff);
        }
        return new SplittableRandom(value);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
