package org.kstp.review.ranking;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.proposal.ProposalApi;
import org.kstp.proposal.ProposalSummary;
import org.kstp.review.domain.BureauOnly;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule "at least N valid reviews before a proposal may be decided" (N = kstp.rules.min-valid-reviews,
 * 3 by default): a blocking rule, which only bureau staff may overrule for one proposal, with a reason
 * that is stored, audited and shown on the proposal.
 */
@Component
public class ReviewQuorum {

    /** The reason code a decision is refused with while the proposal has too few valid reviews. */
    public static final String TOO_FEW_VALID_REVIEWS = "review.decision.tooFewReviews";

    private final JdbcClient jdbc;
    private final ProposalApi proposals;
    private final AuditApi audit;
    private final BusinessTime time;
    private final int minimum;

    ReviewQuorum(JdbcClient jdbc, ProposalApi proposals, AuditApi audit, BusinessTime time,
                 @Value("${kstp.rules.min-valid-reviews:3}") int minimum) {
        if (minimum < 1) {
            throw new IllegalStateException("kstp.rules.min-valid-reviews must be at least 1, is " + minimum);
        }
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.audit = audit;
        this.time = time;
        this.minimum = minimum;
    }

    public int minimum() {
        return minimum;
    }

    /** Valid reviews are submitted and not marked invalid by staff. */
    public int validReviews(UUID proposalId) {
        return jdbc.sql("select count(*) from review_scorecard where proposal_id = ? and submitted_at is not null"
                + " and invalidated_at is null").param(proposalId).query(Integer.class).single();
    }

    /** Refuses a decision on a proposal with too few valid reviews, unless the bureau overruled the rule for it. */
    void require(ProposalSummary p) {
        int valid = validReviews(p.id());
        if (valid < minimum && overrule(p.id()).isEmpty()) {
            throw new RuleViolation(TOO_FEW_VALID_REVIEWS, p.title(), valid, minimum);
        }
    }

    /** Lets a decision go ahead with fewer valid reviews; the reason is required and kept with the proposal. */
    @Transactional
    public void overrule(UUID proposalId, String reason, Actor actor) {
        BureauOnly.require(actor);
        ProposalSummary p = proposals.summary(proposalId);
        if (!"REVIEWED".equals(p.status())) {
            throw new RuleViolation("review.decision.notReviewed", p.title());
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("review.quorum.reasonRequired");
        }
        int valid = validReviews(proposalId);
        if (valid >= minimum) {
            throw new RuleViolation("review.quorum.notNeeded", p.title(), valid, minimum);
        }
        jdbc.sql("""
                insert into review_quorum_overrule (proposal_id, reason, valid_reviews, minimum, overruled_by,
                    overruled_by_account, overruled_at) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (proposal_id) do update set reason = excluded.reason,
                    valid_reviews = excluded.valid_reviews, minimum = excluded.minimum,
                    overruled_by = excluded.overruled_by, overruled_by_account = excluded.overruled_by_account,
                    overruled_at = excluded.overruled_at
                """)
                .params(proposalId, reason.strip(), valid, minimum, actor.displayName(), actor.accountId(),
                        Timestamp.from(time.now()))
                .update();
        audit.record(actor, "review-quorum", proposalId, "OVERRULE", valid + "/" + minimum + " " + reason.strip());
    }

    public Optional<QuorumOverrule> overrule(UUID proposalId) {
        return jdbc.sql("select reason, valid_reviews, minimum, overruled_by, overruled_at from review_quorum_overrule"
                        + " where proposal_id = ?").param(proposalId)
                .query((rs, n) -> new QuorumOverrule(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }
}
