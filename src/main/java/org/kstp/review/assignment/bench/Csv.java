package org.kstp.review.assignment.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** RFC 4180 CSV, enough for the benchmark files (quoted fields may hold commas and newlines). */
final class Csv {

    private Csv() {
    }

    /** Rows as maps from header name to value. */
    static List<Map<String, String>> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = next(in);
            if (header == null) {
                return List.of();
            }
            header.set(0, header.get(0).replace("\uFEFF", ""));
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> fields = next(in); fields != null; fields = next(in)) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i).trim(), i < fields.size() ? fields.get(i) : "");
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static List<String> next(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        var field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            if (!quoted || (line = in.readLine()) == null) {
                break;
            }
            field.append('\n');
        }
        fields.add(field.toString());
        return fields;
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
