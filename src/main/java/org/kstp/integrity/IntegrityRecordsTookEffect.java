package org.kstp.integrity;

import java.util.List;

/**
 * Records whose measures took effect together: one for a record typed in, up to a few hundred per
 * event for an import or the daily check, so a 50,000-line list costs a hundred event publications,
 * not 50,000. Persisted by the Modulith registry and delivered after the commit.
 */
public record IntegrityRecordsTookEffect(List<IntegrityRecordTookEffect> records) {

    public IntegrityRecordsTookEffect {
        records = List.copyOf(records);
    }
}
