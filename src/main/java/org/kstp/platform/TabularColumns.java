package org.kstp.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kstp.common.RuleViolation;

/**
 * The columns of an import file, found by header name (any order, case-insensitive), so senders
 * may add, drop or reorder optional columns; unknown headers are ignored, missing required ones refused.
 */
public final class TabularColumns {

    private final Map<String, Integer> positions = new HashMap<>();

    public TabularColumns(List<String> header, List<String> required) {
        for (int i = 0; i < header.size(); i++) {
            positions.put(header.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), i);
        }
        for (String name : required) {
            if (!positions.containsKey(name)) {
                throw new RuleViolation("platform.import.missingColumn", name);
            }
        }
    }

    /** The trimmed value, or null when the column is absent or the cell is blank. */
    public String get(List<String> row, String column) {
        Integer at = positions.get(column);
        if (at == null || at >= row.size()) {
            return null;
        }
        String value = row.get(at).trim();
        return value.isEmpty() ? null : value;
    }
}
