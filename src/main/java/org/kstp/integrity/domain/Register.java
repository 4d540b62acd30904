package org.kstp.integrity.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on the register. Each appends one entry, audits it in the same transaction, and refreshes
 * the index after commit. Only bureau staff (or the system, for imports) may write.
 */
@Service
public class Register {

    private final EntryStore store;
    private final EntryRules rules;
    private final IndexHolder index;
    private final AuditApi audit;
    private final EffectWatch effects;
    private final Clock clock;

    Register(EntryStore store, SanctionRules sanctionRules, IndexHolder index, AuditApi audit, EffectWatch effects,
             Clock clock) {
        this.store = store;
        this.rules = new EntryRules(sanctionRules);
        this.index = index;
        this.audit = audit;
        this.effects = effects;
        this.clock = clock;
    }

    @Transactional
    public UUID recordFinding(RecordContent content, Actor actor) {
        requireStaff(actor);
        return append(rules.finding(content, actor, clock.instant()), actor).id();
    }

    @Transactional
    public UUID correct(UUID findingId, RecordContent content, Actor actor) {
        requireStaff(actor);
        return append(rules.correction(record(findingId), content, actor, clock.instant()), actor).id();
    }

    @Transactional
    public UUID followUp(UUID findingId, FollowUp followUp, Actor actor) {
        requireStaff(actor);
        return append(rules.followUp(record(findingId), followUp, actor, clock.instant()), actor).id();
    }

    /**
     * Appends new findings already built and checked by {@link EntryRules}, inside the caller's
     * transaction (the import's, all or nothing). Each finding row names who recorded it and when;
     * the audit log gets one line for the whole list, written last, because the audit chain's lock is
     * held until commit and would otherwise stop every other audited action while a long list imports.
     */
    public int appendFindings(List<Entry> findings, Actor actor, String auditDetail, IntConsumer progress) {
        requireStaff(actor);
        List<CurrentRecord> records = new ArrayList<>(findings.size());
        for (Entry finding : findings) {
            if (finding.kind() != EntryKind.FINDING) {
                throw new IllegalArgumentException("only findings are imported");
            }
            records.add(RecordHistory.of(List.of(store.append(finding))).current());
            progress.accept(records.size());
        }
        effects.announce(records);
        index.putAfterCommit(records);
        audit.record(actor, "integrity", "import", "IMPORT", findings.size() + " findings; " + auditDetail);
        return findings.size();
    }

    private Entry append(Entry entry, Actor actor) {
        Entry stored = store.append(entry);
        String detail = entry.decision().documentNumber()
                + (entry.appealOutcome() == null ? "" : " " + entry.appealOutcome());
        audit.record(actor, "integrity", entry.rootId(), entry.kind().name(), detail);
        CurrentRecord current = store.history(entry.rootId()).current();
        effects.announce(List.of(current));
        if (entry.kind() != EntryKind.FINDING) {
            effects.announceLifted(current);
        }
        index.refreshAfterCommit(entry.rootId());
        return stored;
    }

    public RecordHistory history(UUID findingId) {
        RecordHistory history = store.history(findingId);
        if (history == null) {
            throw new NotFound("integrity record", findingId);
        }
        return history;
    }

    private CurrentRecord record(UUID findingId) {
        return history(findingId).current();
    }

    /** Refuses anyone but bureau staff and the system. */
    public static void requireStaff(Actor actor) {
        if (!actor.isSystem() && !actor.has(Role.BUREAU_STAFF)) {
            throw new RuleViolation("integrity.record.staffOnly");
        }
    }
}
