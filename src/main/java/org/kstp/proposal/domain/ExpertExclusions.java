package org.kstp.proposal.domain;

import java.util.List;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's list of experts who should not review the proposal (up to three, each with a
 * reason). Applicants name the expert as they know them; the name is matched to an expert account
 * when exactly one expert has it, and review excludes matched experts. Only the team and bureau
 * staff see the list.
 */
@Service
public class ExpertExclusions {

    public static final int MAX = 3;

    /** One named expert; {@code expertAccountId} is null when the name matched no single expert. */
    public record Entry(String expertName, String expertEmployer, String reason, UUID expertAccountId) {
    }

    private final ProposalService proposals;
    private final IdentityApi identity;
    private final AuditApi audit;
    private final JdbcClient jdbc;

    ExpertExclusions(ProposalService proposals, IdentityApi identity, AuditApi audit, JdbcClient jdbc) {
        this.proposals = proposals;
        this.identity = identity;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The list, for the team and bureau staff; anyone else is refused as "not found". */
    public List<Entry> of(UUID proposalId, Actor actor) {
        Proposal p = proposals.visible(proposalId, actor);
        if (!p.isOnTeam(actor.accountId()) && !actor.has(Role.BUREAU_STAFF)) {
            throw new org.kstp.common.NotFound("proposal", proposalId);
        }
        return read(proposalId);
    }

    List<Entry> read(UUID proposalId) {
        return jdbc.sql("select expert_name, expert_employer, reason, expert_account_id from proposal_expert_exclusion"
                + " where proposal_id = ? order by position").param(proposalId).query(Entry.class).list();
    }

    /** Replaces the list while the team may still edit the proposal. */
    @Transactional
    public void replace(UUID proposalId, List<Entry> entries, Actor actor) {
        Proposal p = proposals.visible(proposalId, actor);
        if (!ProposalPermissions.canEdit(actor, p)) {
            throw new RuleViolation("proposal.edit.notEditable");
        }
        if (entries.size() > MAX) {
            throw new RuleViolation("proposal.exclusion.tooMany", MAX);
        }
        jdbc.sql("delete from proposal_expert_exclusion where proposal_id = ?").param(proposalId).update();
        List<AccountSummary> experts = identity.accountsWithRole(Role.EXPERT);
        int position = 0;
        for (Entry e : entries) {
            if (e.reason() == null || e.reason().isBlank()) {
                throw new RuleViolation("proposal.exclusion.reasonRequired", e.expertName());
            }
            List<AccountSummary> named = experts.stream().filter(a -> a.displayName().equals(e.expertName().trim()))
                    .toList();
            jdbc.sql("insert into proposal_expert_exclusion values (?, ?, ?, ?, ?, ?)")
                    .params(proposalId, position++, e.expertName().trim(), e.expertEmployer(), e.reason().trim(),
                            named.size() == 1 ? named.getFirst().id() : null).update();
        }
        audit.record(actor, "proposal", proposalId, "EXCLUDE_EXPERTS", String.valueOf(entries.size()));
    }
}
