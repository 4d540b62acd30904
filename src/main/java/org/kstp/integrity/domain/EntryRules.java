package org.kstp.integrity.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;

/**
 * Builds register entries from what staff state, refusing incomplete or contradictory ones. Pure: the
 * same rules serve the form, the import dry run and the real import.
 */
public final class EntryRules {

    private final SanctionRules rules;

    public EntryRules(SanctionRules rules) {
        this.rules = rules;
    }

    /** A new finding, with measures checked against the tier. */
    public Entry finding(RecordContent c, Actor actor, Instant now) {
        return content(UUID.randomUUID(), EntryKind.FINDING, null, c, actor, now);
    }

    /** A correction replacing the content of an open record. */
    public Entry correction(CurrentRecord record, RecordContent c, Actor actor, Instant now) {
        requireOpen(record);
        return content(UUID.randomUUID(), EntryKind.CORRECTION, record.id(), c, actor, now);
    }

    /** An appeal outcome, revocation or early lifting of an open record. */
    public Entry followUp(CurrentRecord record, FollowUp f, Actor actor, Instant now) {
        requireOpen(record);
        requireDecision(f.decision());
        Tier tier = null;
        List<Measure> measures = List.of();
        switch (f.kind()) {
            case APPEAL -> {
                if (f.outcome() == null) {
                    throw new RuleViolation("integrity.appeal.outcomeRequired");
                }
                if (f.outcome() == AppealOutcome.VARIED) {
                    tier = f.tier() == null ? record.tier() : f.tier();
                    measures = rules.validate(tier, f.measures());
                }
            }
            case EARLY_LIFTING -> requireSomethingToLift(record, f);
            case REVOCATION -> { }
            default -> throw new IllegalArgumentException("not a follow-up: " + f.kind());
        }
        return new Entry(UUID.randomUUID(), 0, f.kind(), record.id(), null, null, f.decision(), tier,
                f.kind() == EntryKind.APPEAL ? f.outcome() : null, f.effectiveDate(), blankToNull(f.note()), measures,
                now, actor.accountId(), actor.displayName());
    }

    private Entry content(UUID id, EntryKind kind, UUID refersTo, RecordContent c, Actor actor, Instant now) {
        requireParty(c.party());
        requireDecision(c.decision());
        if (c.finding() == null || c.finding().isBlank()) {
            throw new RuleViolation("integrity.record.findingRequired");
        }
        List<Measure> measures = rules.validate(c.tier(), c.measures());
        return new Entry(id, 0, kind, refersTo, c.party(), c.finding().trim(), c.decision(), c.tier(), null, null,
                blankToNull(c.note()), measures, now, actor.accountId(), actor.displayName());
    }

    private static void requireParty(Party p) {
        if (p == null || p.type() == null) {
            throw new RuleViolation("integrity.subject.typeRequired");
        }
        if (p.isOrganisation()) {
            if (p.organisationName() == null || p.organisationName().isBlank()) {
                throw new RuleViolation("integrity.subject.nameRequired");
            }
            return;
        }
        if (p.personName() == null || p.personName().isBlank()) {
            throw new RuleViolation("integrity.subject.nameRequired");
        }
        if (p.accountId() == null && p.idHash() == null) {
            throw new RuleViolation("integrity.subject.personUnidentified");
        }
    }

    private static void requireDecision(Decision d) {
        if (d == null || d.date() == null || d.issuer() == null || d.issuer().isBlank()
                || d.documentNumber() == null || d.documentNumber().isBlank()) {
            throw new RuleViolation("integrity.decision.incomplete");
        }
    }

    private static void requireOpen(CurrentRecord record) {
        if (!record.open()) {
            throw new RuleViolation("integrity.record.closed");
        }
    }

    /** Lifting must take effect while some measure would still run, or it would change nothing. */
    private static void requireSomethingToLift(CurrentRecord record, FollowUp f) {
        if (f.effectiveDate() == null) {
            throw new RuleViolation("integrity.lifting.dateRequired");
        }
        boolean runs = record.effective().stream()
                .anyMatch(m -> m.end() == null || !m.end().isBefore(f.effectiveDate()));
        if (!runs) {
            throw new RuleViolation("integrity.lifting.nothingToLift");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
