package org.kstp.integrity.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kstp.common.RuleViolation;

/** The CSV columns, found by header name (any order, case-insensitive); unknown headers are ignored. */
final class ImportColumns {

    static final List<String> NAMES = List.of("subject_kind", "subject_type", "name", "uscc", "username", "citizen_id",
            "finding", "issuer", "document_number", "decision_date", "tier", "measures", "scope", "note");
    static final List<String> REQUIRED = List.of("subject_kind", "subject_type", "name", "finding", "issuer",
            "document_number", "decision_date", "tier", "measures");

    private final Map<String, Integer> positions = new HashMap<>();

    ImportColumns(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            positions.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String name : REQUIRED) {
            if (!positions.containsKey(name)) {
                throw new RuleViolation("integrity.import.missingColumn", name);
            }
        }
    }

    /** The trimmed value, or null when the column is absent or the cell is blank. */
    String get(List<String> row, String column) {
        Integer at = positions.get(column);
        if (at == null || at >= row.size()) {
            return null;
        }
        String value = row.get(at).trim();
        return value.isEmpty() ? null : value;
    }
}
