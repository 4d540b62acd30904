package org.kstp.expert.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kstp.common.RuleViolation;
import org.kstp.platform.TabularColumns;

/**
 * Reads the plain values of one line of an expert list: lists separated by ";" (or the Chinese
 * semicolon or "、"), a yes/no flag in either language, a whole number. Refuses with the column named.
 */
final class ExpertRow {

    static final List<String> NAMES = List.of("username", "title", "employer_uscc", "primary_discipline",
            "disciplines", "keywords", "industries", "region", "partner_province", "yearly_cap");
    static final List<String> REQUIRED = List.of("username", "primary_discipline");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "\u662f");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "\u5426");

    private final TabularColumns columns;
    private final List<String> row;

    ExpertRow(TabularColumns columns, List<String> row) {
        this.columns = columns;
        this.row = row;
    }

    String text(String column) {
        return columns.get(row, column);
    }

    String required(String column) {
        String value = text(column);
        if (value == null) {
            throw new RuleViolation("expert.import.missingValue", column);
        }
        return value;
    }

    /** The primary discipline first, then the others, without repeats. */
    List<String> disciplines() {
        List<String> all = new ArrayList<>();
        all.add(required("primary_discipline"));
        all.addAll(list("disciplines"));
        return all.stream().distinct().toList();
    }

    List<String> list(String column) {
        String value = text(column);
        return value == null ? List.of() : Arrays.stream(value.split("[;\uFF1B\u3001]"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    boolean flag(String column) {
        String value = text(column);
        if (value == null) {
            return false;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (YES.contains(v)) {
            return true;
        }
        if (NO.contains(v)) {
            return false;
        }
        throw new RuleViolation("expert.import.badValue", column, value);
    }

    /** A whole number, or null when blank (the pool's cap applies); its bounds are {@code YearlyCap}'s. */
    Integer cap(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value.replaceAll("\\.0+$", ""));
        } catch (NumberFormatException e) {
            throw new RuleViolation("expert.import.badValue", column, value);
        }
    }
}
