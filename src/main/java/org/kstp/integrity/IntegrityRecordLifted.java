package org.kstp.integrity;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Blocking measures that had taken effect ({@link IntegrityRecordTookEffect}) no longer apply: the record
 * was revoked, changed on appeal or corrected, or its measures ran out. What they caused downstream (the
 * expert left the pool, a project's disbursements were blocked) is not undone by itself: bureau staff are
 * told, so they can decide. Announced once per measure; a measure imposed again is announced again.
 *
 * @param unblocked the activities the lifted measures had blocked
 */
public record IntegrityRecordLifted(UUID recordId, UUID accountId, String uscc, String label,
                                    Set<Activity> unblocked, String documentNumber, LocalDate on) {

    public IntegrityRecordLifted {
        unblocked = Set.copyOf(unblocked);
    }
}
