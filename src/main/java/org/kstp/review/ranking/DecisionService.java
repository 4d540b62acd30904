package org.kstp.review.ranking;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.RuleViolation;
import org.kstp.review.domain.BureauOnly;
import org.kstp.proposal.ProposalApi;
import org.kstp.proposal.ProposalSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the bureau's decision on a reviewed proposal. Approval and rejection go through the
 * proposal's own lifecycle ({@link ProposalApi}), whose approval event makes the project module
 * create the project; reserve only places the proposal on the reserve list. Audited. Neither approval
 * nor rejection is taken with fewer valid reviews than {@link ReviewQuorum} asks, unless overruled.
 */
@Service
public class DecisionService {

    private final JdbcClient jdbc;
    private final ProposalApi proposals;
    private final AuditApi audit;
    private final Clock clock;
    private final ReviewQuorum quorum;

    DecisionService(JdbcClient jdbc, ProposalApi proposals, AuditApi audit, Clock clock, ReviewQuorum quorum) {
        this.quorum = quorum;
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock;
    }

    /** A decision taken from a call's ranking: the proposal must belong to that call. */
    @Transactional
    public void decideInCall(UUID callId, UUID proposalId, Decision decision, BigDecimal amount, String note,
                             Actor actor) {
        if (!proposals.summary(proposalId).callId().equals(callId)) {
            throw new NotFound("proposal", proposalId);
        }
        decide(proposalId, decision, amount, note, actor);
    }

    @Transactional
    public void decide(UUID proposalId, Decision decision, BigDecimal amount, String note, Actor actor) {
        BureauOnly.require(actor);
        ProposalSummary p = proposals.summary(proposalId);
        if ("APPROVED".equals(p.status()) || "DECLINED".equals(p.status())) {
            throw new RuleViolation("review.decision.final", p.title());
        }
        if (!"REVIEWED".equals(p.status())) {
            throw new RuleViolation("review.decision.notReviewed", p.title());
        }
        if (decision != Decision.RESERVE) {
            // Reserve only lists the proposal; approving or declining it decides it.
            quorum.require(p);
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        switch (decision) {
            case APPROVE -> proposals.approve(proposalId, amount, text, actor);
            case REJECT -> {
                if (text == null) {
                    throw new RuleViolation("review.decision.reasonRequired");
                }
                proposals.decline(proposalId, text, actor);
            }
            case RESERVE -> {
                // The proposal stays reviewed; the reserve list is this row.
            }
        }
        BigDecimal recorded = decision == Decision.APPROVE ? proposals.summary(proposalId).approvedAmount() : null;
        record(p, decision, recorded, text, actor);
    }

    /** Keeps the latest decision per proposal (reserve may become approve or reject) and audits it. */
    private void record(ProposalSummary p, Decision decision, BigDecimal amount, String note, Actor actor) {
        jdbc.sql("""
                insert into review_decision (proposal_id, call_id, decision, amount, note, decided_by, decided_at, version)
                values (?, ?, ?, ?, ?, ?, ?, 0)
                on conflict (proposal_id) do update set decision = excluded.decision, amount = excluded.amount,
                    note = excluded.note, decided_by = excluded.decided_by, decided_at = excluded.decided_at,
                    version = review_decision.version + 1
                """)
                .params(p.id(), p.callId(), decision.name(), amount, note, actor.displayName(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(actor, "review-decision", p.id(), decision.name(),
                amount == null ? note : amount.toPlainString() + (note == null ? "" : " " + note));
    }
}
