package org.kstp.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 CSV as spreadsheets write it (Apache Commons CSV): comma-separated, fields optionally in
 * double quotes ("" inside quotes is a quote), UTF-8 with or without BOM.
 */
public final class Csv {

    /** Lenient at the end of the file: an unclosed quote keeps what it holds, as a person would read it. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true).setLenientEof(true).get();

    private Csv() {
    }

    /** All records of the file; a quoted field may span lines. Blank lines are dropped. */
    public static List<List<String>> parse(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        // Excel's "CSV UTF-8" starts with a byte order mark, which is not part of the first column's name.
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            return parser.stream().map(CSVRecord::toList).filter(record -> !blank(record)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A line of only spaces is as empty as an empty line. */
    private static boolean blank(List<String> record) {
        return record.size() == 1 && record.getFirst().isBlank();
    }
}
