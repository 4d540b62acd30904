package org.kstp.review.assignment.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The benchmark files as header-addressed rows, and rows written back in the same RFC 4180 quoting. */
final class Csv {

    private Csv() {
    }

    /** Rows as maps from header name to value (parsed by the platform's RFC 4180 {@link org.kstp.platform.Csv}). */
    static List<Map<String, String>> read(Path file) throws IOException {
        List<List<String>> records = org.kstp.platform.Csv.parse(Files.readAllBytes(file));
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.getFirst();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> fields : records.subList(1, records.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i).trim(), i < fields.size() ? fields.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    static void writeRow(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields[i];
            boolean quote = f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0;
            out.write(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        out.write('\n');
    }
}
