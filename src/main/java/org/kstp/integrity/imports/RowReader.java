package org.kstp.integrity.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.kstp.common.RuleViolation;
import org.kstp.integrity.MeasureKind;
import org.kstp.integrity.domain.Decision;
import org.kstp.integrity.domain.Measure;
import org.kstp.integrity.domain.SubjectType;
import org.kstp.integrity.domain.Tier;
import org.kstp.platform.TabularColumns;

/**
 * Reads the plain values of one CSV line: dates (yyyy-MM-dd), enum codes or their Chinese labels, and
 * the measures column ("KIND:START:END;..." with END empty for permanent). Refuses with the column named.
 */
final class RowReader {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final TabularColumns columns;
    private final List<String> row;
    private final Function<Enum<?>, String> label;

    RowReader(TabularColumns columns, List<String> row, Function<Enum<?>, String> label) {
        this.columns = columns;
        this.row = row;
        this.label = label;
    }

    String text(String column) {
        return columns.get(row, column);
    }

    String required(String column) {
        String value = text(column);
        if (value == null) {
            throw new RuleViolation("integrity.import.missingValue", column);
        }
        return value;
    }

    boolean organisation() {
        String kind = required("subject_kind").toUpperCase(Locale.ROOT);
        if (!kind.equals("PERSON") && !kind.equals("ORGANISATION")) {
            throw new RuleViolation("integrity.import.badValue", "subject_kind", kind);
        }
        return kind.equals("ORGANISATION");
    }

    SubjectType subjectType() {
        return constant(SubjectType.class, "subject_type", required("subject_type"));
    }

    Tier tier() {
        return constant(Tier.class, "tier", required("tier"));
    }

    Decision decision() {
        return new Decision(required("issuer"), required("document_number"), date("decision_date", required("decision_date")));
    }

    List<Measure> measures() {
        List<Measure> result = new ArrayList<>();
        String scope = text("scope");
        for (String part : required("measures").split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] bits = part.trim().split(":", -1);
            if (bits.length != 3) {
                throw new RuleViolation("integrity.import.badMeasure", part.trim());
            }
            MeasureKind kind = constant(MeasureKind.class, "measures", bits[0].trim());
            LocalDate start = date("measures", bits[1].trim());
            String end = bits[2].trim();
            result.add(new Measure(kind, scope, start, end.isEmpty() ? null : date("measures", end)));
        }
        return result;
    }

    static LocalDate date(String column, String value) {
        if (value.matches("[2-7]\\d{4}(\\.0+)?")) {
            // An Excel date serial (days since 1899-12-30), from a cell typed as a number, not a date.
            return EXCEL_EPOCH.plusDays(Long.parseLong(value.replaceAll("\\..*", "")));
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("integrity.import.badDate", column, value);
        }
    }

    /** A constant by its code (any case) or by its Chinese label, e.g. SERIOUS or the label of SERIOUS. */
    private <E extends Enum<E>> E constant(Class<E> type, String column, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value) || value.equals(label.apply(constant))) {
                return constant;
            }
        }
        throw new RuleViolation("integrity.import.badValue", column, value);
    }
}
