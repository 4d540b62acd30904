package org.kstp.integrity.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A record as it stands after all its entries.
 *
 * @param imposed the measures as decided (after corrections and varied appeals), before lifting
 * @param effective the measures that actually apply: empty when void, cut short when lifted
 * @param voidedBy the overturning appeal or revocation, if any
 * @param liftedBy the early lifting that applies, if any
 */
public record CurrentRecord(Entry finding, Party party, String facts, Tier tier, List<Measure> imposed,
                            List<Measure> effective, Entry voidedBy, Entry liftedBy) {

    public UUID id() {
        return finding.id();
    }

    public Decision decision() {
        return finding.decision();
    }

    /**
     * The state on {@code date}. A lifted record counts as lifted only once the lifting has taken
     * effect and some imposed measure would otherwise still run; before that it is in force as usual.
     */
    public RecordState state(LocalDate date) {
        if (voidedBy != null) {
            return voidedBy.kind() == EntryKind.REVOCATION ? RecordState.REVOKED : RecordState.OVERTURNED;
        }
        if (effective.stream().anyMatch(m -> m.inForce(date))) {
            return RecordState.IN_FORCE;
        }
        if (effective.stream().anyMatch(m -> m.start().isAfter(date))) {
            return RecordState.PENDING;
        }
        boolean cutShort = liftedBy != null && !date.isBefore(liftedBy.effectiveDate())
                && imposed.stream().anyMatch(m -> m.inForce(date) || m.start().isAfter(date));
        return cutShort ? RecordState.LIFTED : RecordState.EXPIRED;
    }

    /** Whether entries may still be added: a void record is closed for good. */
    public boolean open() {
        return voidedBy == null;
    }
}
