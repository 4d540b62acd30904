package org.kstp.review.round;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.kstp.common.RuleViolation;

/**
 * Why a draw failed, kept on the round as a message key and its arguments so the page shows it in
 * the reader's language. Stored as one text: key and arguments separated by a unit separator.
 */
public record DrawError(String key, List<String> args) {

    private static final String SEPARATOR = "\u001f";

    static DrawError of(RuntimeException failure) {
        if (failure instanceof RuleViolation violation) {
            return new DrawError(violation.messageKey(),
                    Arrays.stream(violation.arguments()).map(String::valueOf).toList());
        }
        String detail = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return new DrawError("review.round.draw.failed", List.of(detail));
    }

    String encode() {
        return String.join(SEPARATOR, Stream.concat(Stream.of(key), args.stream())
                .toList());
    }

    public static DrawError decode(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(SEPARATOR, -1);
        return new DrawError(parts[0], List.of(parts).subList(1, parts.length));
    }
}
