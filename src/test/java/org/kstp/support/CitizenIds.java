package org.kstp.support;

import java.util.concurrent.ThreadLocalRandom;

/** Resident ID numbers for tests: valid GB 11643 numbers born in Kashgar, random so tests sharing a database never collide. */
public final class CitizenIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private CitizenIds() {
    }

    /** A number with a correct check digit. */
    public static String random() {
        StringBuilder body = new StringBuilder("6531011980");
        for (int i = 0; i < 7; i++) {
            body.append(ThreadLocalRandom.current().nextInt(10));
        }
        return body.append(checkCharacter(body)).toString();
    }

    /** The i-th of a fixed series of distinct valid numbers (born 1980-01-01 onwards), for generated lists. */
    public static String numbered(int i) {
        StringBuilder body = new StringBuilder(String.format("653101%08d%03d", 19_800_101 + i / 1000, i % 1000));
        return body.append(checkCharacter(body)).toString();
    }

    /** The same number with a check digit that is wrong, as a typo produces. */
    public static String withWrongCheckDigit(String valid) {
        char right = valid.charAt(17);
        return valid.substring(0, 17) + CHECK.charAt((CHECK.indexOf(right) + 1) % CHECK.length());
    }

    private static char checkCharacter(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
