package org.kstp.integrity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The answer to "may these subjects do this on that date": allowed when there are no reasons.
 *
 * @param reasons one per measure in force that blocks the activity, naming the record and period
 */
public record IntegrityVerdict(List<Reason> reasons) {

    public IntegrityVerdict {
        reasons = List.copyOf(reasons);
    }

    public static final IntegrityVerdict ALLOWED = new IntegrityVerdict(List.of());

    public boolean allowed() {
        return reasons.isEmpty();
    }

    /**
     * Why a subject is blocked.
     *
     * @param recordId the finding (root entry) that imposed the measure
     * @param end the last day the measure is in force (inclusive); null when permanent
     */
    public record Reason(Subject subject, UUID recordId, MeasureKind measure, LocalDate start, LocalDate end,
                         String issuer, String documentNumber) {

        public boolean permanent() {
            return end == null;
        }
    }
}
