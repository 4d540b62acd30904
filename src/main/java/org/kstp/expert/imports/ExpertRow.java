package org.kstp.expert.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kstp.common.RuleViolation;
import org.kstp.platform.TabularColumns;

/**
 * Reads the plain values of one line of an expert list: lists separated by ";" (or the Chinese
 * semicolon or the ideographic comma), a yes/no flag in either language, a whole number. Refuses with
 * the column named.
 */
final class ExpertRow {

    static final List<String> NAMES = List.of("username", "title", "employer_uscc", "primary_discipline",
            "disciplines", "keywords", "industries", "region", "partner_province", "yearly_cap");
    static final List<String> REQUIRED = List.of("username", "primary_discipline");

    private final TabularColumns columns;
    private final List<String> row;
    private final Map<String, Boolean> flagWords;

    /** flagWords: each accepted yes/no word, lower case, mapped to its meaning (from the bundles). */
    ExpertRow(TabularColumns columns, List<String> row, Map<String, Boolean> flagWords) {
        this.columns = columns;
        this.row = row;
        this.flagWords = flagWords;
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
        return value == null ? List.of() : Arrays.stream(value.split("[;\\N{FULLWIDTH SEMICOLON}\\N{IDEOGRAPHIC COMMA}]"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    boolean flag(String column) {
        String value = text(column);
        if (value == null) {
            return false;
        }
        Boolean meaning = flagWords.get(value.toLowerCase(Locale.ROOT));
        if (meaning == null) {
            throw new RuleViolation("expert.import.badValue", column, value);
        }
        return meaning;
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
