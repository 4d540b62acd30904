package org.kstp.platform;

import java.util.Arrays;
import java.util.List;

/**
 * The verdict on one line of an import: what it would create and whom it matched, or why it is
 * refused, as a message key with arguments (an argument that is itself a label key is translated too).
 *
 * @param line the line number in the file, counting the header as line 1
 */
public record ImportLine(int line, String subject, boolean refused, String messageKey, List<String> args) {

    public ImportLine {
        args = List.copyOf(args);
    }

    /** Arguments of any type, as text (numbers, dates and codes read the same in every language). */
    public static ImportLine of(int line, String subject, boolean refused, String key, Object... args) {
        return new ImportLine(line, subject, refused, key,
                Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toList());
    }
}
