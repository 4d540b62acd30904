package org.kstp.directory.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the shipped reference CSVs (UTF-8, header row, RFC 4180 quoting). The files are small and
 * fixed, so a few dozen lines here beat a parser dependency; quoted fields matter because the
 * GB/T 4754 descriptions contain commas.
 */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /** One data row, addressed by header name. */
    record Row(Map<String, Integer> columns, List<String> values) {
        String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException("No column " + column);
            }
            String value = index < values.size() ? values.get(index).trim() : "";
            return value.isEmpty() ? null : value;
        }
    }

    static List<Row> read(String classpathLocation) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(classpathLocation).getInputStream(), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null) {
                return List.of();
            }
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = split(header.replace("\uFEFF", ""));
            for (int i = 0; i < names.size(); i++) {
                columns.put(names.get(i).trim(), i);
            }
            List<Row> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(new Row(columns, split(line)));
                }
            }
            return rows;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read reference data " + classpathLocation, unreadable);
        }
    }

    /** Splits one line; the shipped files have no line breaks inside quoted fields (SOURCES.md). */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
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
        fields.add(field.toString());
        return fields;
    }
}
