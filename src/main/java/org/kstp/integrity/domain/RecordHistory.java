package org.kstp.integrity.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A finding and the entries that refer to it, in the order they were recorded, and the current record
 * derived from them. The derivation is a pure function of the entries: replaying the register always
 * yields the same state, which is what makes the register safe to keep append-only.
 */
public record RecordHistory(Entry finding, List<Entry> followUps) {

    public RecordHistory {
        if (finding.kind() != EntryKind.FINDING) {
            throw new IllegalArgumentException("a history starts with a finding, not " + finding.kind());
        }
        followUps = followUps.stream().sorted(Comparator.comparingLong(Entry::seq)).toList();
    }

    /** Groups the entries of one finding; the finding must be among them. */
    public static RecordHistory of(List<Entry> entries) {
        Entry root = entries.stream().filter(e -> e.kind() == EntryKind.FINDING).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no finding among the entries"));
        List<Entry> rest = entries.stream().filter(e -> e != root).toList();
        return new RecordHistory(root, rest);
    }

    public UUID id() {
        return finding.id();
    }

    /**
     * Replays the follow-ups over the finding. Corrections and varied appeals replace the content;
     * an overturning appeal or a revocation voids the record; the earliest early lifting cuts every
     * measure short. Lifting is applied last, so a later correction cannot revive a lifted sanction.
     */
    public CurrentRecord current() {
        Party party = finding.party();
        String facts = finding.finding();
        Tier tier = finding.tier();
        List<Measure> measures = finding.measures();
        Entry voidedBy = null;
        Entry lifting = null;
        for (Entry e : followUps) {
            switch (e.kind()) {
                case CORRECTION -> {
                    party = Objects.requireNonNullElse(e.party(), party);
                    facts = Objects.requireNonNullElse(e.finding(), facts);
                    tier = Objects.requireNonNullElse(e.tier(), tier);
                    measures = e.measures();
                }
                case APPEAL -> {
                    if (e.appealOutcome() == AppealOutcome.OVERTURNED) {
                        voidedBy = e;
                    } else if (e.appealOutcome() == AppealOutcome.VARIED) {
                        tier = Objects.requireNonNullElse(e.tier(), tier);
                        measures = e.measures();
                    }
                }
                case REVOCATION -> voidedBy = e;
                case EARLY_LIFTING -> lifting = lifting == null || e.effectiveDate().isBefore(lifting.effectiveDate())
                        ? e : lifting;
                case FINDING -> throw new IllegalStateException("a finding cannot follow a finding");
            }
        }
        return new CurrentRecord(finding, party, facts, tier, measures, effective(measures, voidedBy, lifting),
                voidedBy, lifting);
    }

    private static List<Measure> effective(List<Measure> measures, Entry voidedBy, Entry lifting) {
        if (voidedBy != null) {
            return List.of();
        }
        if (lifting == null) {
            return measures;
        }
        List<Measure> result = new ArrayList<>();
        for (Measure m : measures) {
            Measure cut = m.liftedFrom(lifting.effectiveDate());
            if (cut != null) {
                result.add(cut);
            }
        }
        return result;
    }

    /** The state on a date, as shown in lists; see {@link CurrentRecord#state(LocalDate)}. */
    public RecordState state(LocalDate date) {
        return current().state(date);
    }
}
