package org.kstp.integrity.imports;

import java.util.List;

/** The columns of an integrity list, in the order the import page documents them. */
final class ImportColumns {

    static final List<String> NAMES = List.of("subject_kind", "subject_type", "name", "uscc", "username", "citizen_id",
            "finding", "issuer", "document_number", "decision_date", "tier", "measures", "scope", "note");
    static final List<String> REQUIRED = List.of("subject_kind", "subject_type", "name", "finding", "issuer",
            "document_number", "decision_date", "tier", "measures");

    private ImportColumns() {
    }
}
