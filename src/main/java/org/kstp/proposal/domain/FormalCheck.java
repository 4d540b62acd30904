package org.kstp.proposal.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.program.CallView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The formal check: the bureau judges each item of the call's list. All passed moves the proposal
 * on; any failure returns it for revision or rejects it, and the applicant sees each failed item
 * (its reason code) with the note the checker wrote.
 */
@Service
public class FormalCheck {

    /** One item's verdict; a failed item must carry a note for the applicant. */
    public record Verdict(String itemCode, boolean passed, String note) {
    }

    /** What to do when an item fails: send back for revision, or reject outright. */
    public enum Outcome { RETURN, REJECT }

    private final ProposalService proposals;
    private final JdbcClient jdbc;
    private final Clock clock;

    FormalCheck(ProposalService proposals, JdbcClient jdbc, Clock clock) {
        this.proposals = proposals;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(UUID id, Map<String, Verdict> verdicts, Outcome ifFailed, Actor actor) {
        Proposal proposal = proposals.visible(id, actor);
        CallView call = proposals.call(proposal.callId());
        List<String> failed = new ArrayList<>();
        for (String item : call.formalCheckItems()) {
            Verdict v = verdicts.get(item);
            if (v == null) {
                throw new RuleViolation("proposal.formalCheck.itemMissing", "program.checkItem." + item);
            }
            if (!v.passed() && (v.note() == null || v.note().isBlank())) {
                throw new RuleViolation("proposal.formalCheck.noteRequired", "program.checkItem." + item);
            }
            if (!v.passed()) {
                failed.add(item + ": " + v.note().trim());
            }
        }
        ProposalAction action = failed.isEmpty() ? ProposalAction.PASS_FORMAL_CHECK
                : ifFailed == Outcome.REJECT ? ProposalAction.REJECT_FORMALLY : ProposalAction.RETURN;
        proposals.act(id, action, failed.isEmpty() ? null : String.join("\n", failed), actor);
        store(id, call.formalCheckItems(), verdicts, actor, clock.instant());
    }

    /** The latest verdicts, in the call's order, for the proposal page. */
    public List<Verdict> latest(UUID id) {
        return jdbc.sql("select item_code, passed, note from proposal_formal_check where proposal_id = ?"
                + " order by item_code").param(id).query(Verdict.class).list();
    }

    private void store(UUID id, List<String> items, Map<String, Verdict> verdicts, Actor actor, Instant at) {
        jdbc.sql("delete from proposal_formal_check where proposal_id = ?").param(id).update();
        for (String item : items) {
            Verdict v = verdicts.get(item);
            jdbc.sql("""
                    insert into proposal_formal_check (proposal_id, item_code, passed, note, checked_by, checked_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(id, item, v.passed(), v.note() == null || v.note().isBlank() ? null : v.note().trim(),
                            actor.displayName(), java.sql.Timestamp.from(at)).update();
        }
    }
}
