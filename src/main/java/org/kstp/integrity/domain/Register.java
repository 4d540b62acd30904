package org.kstp.integrity.domain;

import java.time.Clock;
import java.util.UUID;
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
    private final Clock clock;

    Register(EntryStore store, SanctionRules sanctionRules, IndexHolder index, AuditApi audit, Clock clock) {
        this.store = store;
        this.rules = new EntryRules(sanctionRules);
        this.index = index;
        this.audit = audit;
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
     * Appends an entry already built and checked by {@link EntryRules}; the import does so for a whole
     * file inside its own transaction.
     */
    public Entry appendChecked(Entry entry, Actor actor) {
        requireStaff(actor);
        return append(entry, actor);
    }

    private Entry append(Entry entry, Actor actor) {
        Entry stored = store.append(entry);
        String detail = entry.decision().documentNumber()
                + (entry.appealOutcome() == null ? "" : " " + entry.appealOutcome());
        audit.record(actor, "integrity", entry.rootId(), entry.kind().name(), detail);
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
