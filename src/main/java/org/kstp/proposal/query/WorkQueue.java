package org.kstp.proposal.query;

/**
 * The proposals waiting for one kind of work, with the call's routing stages taken into account: a
 * submitted proposal waits for its host only when its call uses endorsement, and so on. Each is a SQL
 * condition on proposal {@code p} joined with its call {@code c}; the scope of the list still applies.
 */
public enum WorkQueue {
    /** Submitted to a call that uses host endorsement: the institution administrator's work. */
    ENDORSE("p.status = 'SUBMITTED' and c.endorsement_required"),
    /** Endorsed, or submitted where the call skips endorsement, in a call with county recommendation. */
    RECOMMEND("c.recommendation_required and (p.status = 'ENDORSED' or (p.status = 'SUBMITTED'"
            + " and not c.endorsement_required))"),
    /** Past every stage the call uses before intake: the bureau's acceptance. */
    ACCEPT("(p.status = 'RECOMMENDED' or (p.status = 'ENDORSED' and not c.recommendation_required)"
            + " or (p.status = 'SUBMITTED' and not c.endorsement_required and not c.recommendation_required))"),
    /** Accepted and waiting for the bureau's formal check. */
    FORMAL_CHECK("p.status = 'ACCEPTED'"),
    /** The applicant's own drafts and proposals returned for revision. */
    REVISE("p.status in ('DRAFT', 'RETURNED')");

    final String condition;

    WorkQueue(String condition) {
        this.condition = condition;
    }
}
