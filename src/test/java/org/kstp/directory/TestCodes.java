package org.kstp.directory;

import java.util.concurrent.ThreadLocalRandom;
import org.kstp.common.Uscc;

/** Fresh Kashgar-style credit codes, so tests sharing one database never collide on the unique code. */
public final class TestCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private TestCodes() {
    }

    /** A code registered in the given county (positions 3-8) with a correct check digit. */
    public static String valid(String county) {
        String body = "91" + county + randomBody();
        return body + Uscc.expectedCheckCharacter(body);
    }

    /** A well-formed code whose check character is deliberately wrong. */
    public static String failingCheck(String county) {
        String body = "91" + county + randomBody();
        char right = Uscc.expectedCheckCharacter(body);
        return body + CHARSET.charAt((CHARSET.indexOf(right) + 1) % CHARSET.length());
    }

    private static String randomBody() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            body.append(CHARSET.charAt(ThreadLocalRandom.current().nextInt(CHARSET.length())));
        }
        return body.toString();
    }
}
