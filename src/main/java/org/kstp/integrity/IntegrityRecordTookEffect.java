package org.kstp.integrity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A record's blocking measures began to apply to its subject: on the day it was recorded (or
 * imported, or corrected) if they run already, otherwise on the first day of the measure, found by
 * the integrity module's scheduled check. Each (record, measure, start) is announced once.
 * Downstream modules react: the expert pool, pending review assignments, projects in progress.
 *
 * @param accountId the subject's account, when it is a person known by account
 * @param uscc the subject's code, when it is an organisation
 * @param label the subject's name, for notices
 * @param blocked every activity the newly applying measures block
 * @param measures the measures that now apply
 * @param on the day they took effect (business time)
 */
public record IntegrityRecordTookEffect(UUID recordId, UUID accountId, String idHash, String uscc, String label,
                                        Set<Activity> blocked, List<AppliedMeasure> measures, String issuer,
                                        String documentNumber, LocalDate on) {

    public IntegrityRecordTookEffect {
        blocked = Set.copyOf(blocked);
        measures = List.copyOf(measures);
    }

    /** One measure as it applies: the last day is inclusive; null when permanent. */
    public record AppliedMeasure(MeasureKind kind, LocalDate start, LocalDate end) {
    }

    public boolean blocks(Activity activity) {
        return blocked.contains(activity);
    }

    /** The subject as {@link IntegrityApi} takes it. */
    public Subject subject() {
        return new Subject(accountId, idHash, uscc, label);
    }
}
