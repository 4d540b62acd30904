package org.kstp.directory.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kstp.platform.Csv;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the shipped reference CSVs (UTF-8, header row, RFC 4180 quoting, parsed by the platform's
 * {@link Csv}); quoted fields matter because the GB/T 4754 descriptions contain commas.
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
        List<List<String>> records;
        try (var in = new ClassPathResource(classpathLocation).getInputStream()) {
            records = Csv.parse(in.readAllBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read reference data " + classpathLocation, unreadable);
        }
        if (records.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> names = records.getFirst();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).trim(), i);
        }
        return records.subList(1, records.size()).stream().map(values -> new Row(columns, values)).toList();
    }
}
