package org.kstp.proposal.domain;

/** Where a proposal stands (DESIGN section 4). */
public enum ProposalStatus {
    /** Being written by the PI; private to the team. */
    DRAFT,
    /** Submitted by the PI; waits for the host institution. */
    SUBMITTED,
    /** Endorsed by the host institution (单位审核). */
    ENDORSED,
    /** Recommended by the county bureau within its quota (县市推荐). */
    RECOMMENDED,
    /** Taken in by the prefecture bureau (受理). */
    ACCEPTED,
    /** Passed the formal check (形式审查); ready for expert review. */
    FORMALLY_CHECKED,
    /** Failed the formal check; ends here. */
    FORMALLY_REJECTED,
    /** Experts are reviewing it. */
    UNDER_REVIEW,
    /** All assigned reviews are in; waits for the bureau's decision. */
    REVIEWED,
    /** Funded (立项); a project is created from it. */
    APPROVED,
    /** Not funded. */
    DECLINED,
    /** Sent back to the PI for revision with a reason; editable like a draft. */
    RETURNED,
    /** Withdrawn by the PI before review. */
    WITHDRAWN
}
