package org.kstp.proposal.domain.rules;

/** Which rule a finding comes from; each constant is labelled {@code proposal.RuleCode.<CONSTANT>}. */
public enum RuleCode {
    /** Required fields and sections of the form, and the call's plan task. */
    COMPLETENESS,
    /** The call takes proposals now (window and grace period). */
    CALL_OPEN,
    /** A budget exists, stays within the call's cap and the indirect-cost cap, and adds up to the request. */
    BUDGET_CAPS,
    /** Equipment items from the call's threshold up carry a justification. */
    EQUIPMENT_JUSTIFICATION,
    /** A call with items: one item answered, within its own cap. */
    CALL_ITEM,
    /** Project period and milestones in order and inside the period. */
    SCHEDULE,
    /** Partner institutions: where required, never the host, each once, each with a role. */
    PARTNERS,
    /** No applicable sanction on the PI, a team member, the host or a partner. */
    INTEGRITY,
    /** No sanction barring the host's legal representative, where the call checks it. */
    LEGAL_REPRESENTATIVE,
    /** The PI's projects in progress plus this year's proposals stay within the call's limit. */
    PI_LIMIT,
    /** Each of the first two team members stays below the call's limit of projects in progress. */
    TEAM_MEMBER_LIMIT,
    /** The host has no more overdue projects than the call tolerates. */
    INSTITUTION_OVERDUE
}
