package org.kstp.integrity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One row of the append-only register. A finding carries the subject, facts, tier and measures; the
 * other kinds refer to a finding and carry only what they change.
 *
 * @param seq the order of entries, assigned by the database; 0 before the entry is stored
 * @param refersTo the finding this entry amends; null for a finding
 * @param party subject; findings and corrections only
 * @param tier findings, corrections and varied appeals
 * @param appealOutcome appeals only
 * @param effectiveDate early lifting only: the first day the measures no longer apply
 * @param measures findings, corrections and varied appeals
 */
public record Entry(UUID id, long seq, EntryKind kind, UUID refersTo, Party party, String finding, Decision decision,
                    Tier tier, AppealOutcome appealOutcome, LocalDate effectiveDate, String note,
                    List<Measure> measures, Instant recordedAt, UUID recordedBy, String recordedByName) {

    public Entry {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    public UUID rootId() {
        return refersTo == null ? id : refersTo;
    }

    Entry withSeq(long assigned) {
        return new Entry(id, assigned, kind, refersTo, party, finding, decision, tier, appealOutcome, effectiveDate,
                note, measures, recordedAt, recordedBy, recordedByName);
    }
}
