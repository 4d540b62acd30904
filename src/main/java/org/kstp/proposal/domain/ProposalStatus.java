package org.kstp.proposal.domain;

/** Where a proposal stands (DESIGN section 4). */
public enum ProposalStatus {
    /** Being written by the PI; private to the team. */
    DRAFT,
    /** Submitted by the PI; waits for the host institution. */
    SUBMITTED,
    /** Endorsed by the host institution. */
    ENDORSED,
    /** Recommended by the county bureau within its quota. */
    RECOMMENDED,
    /** Taken in by the prefecture bureau. */
    ACCEPTED,
    /** Passed the formal check; ready for expert review. */
    FORMALLY_CHECKED,
    /** Failed the formal check; ends here. */
    FORMALLY_REJECTED,
    /** Experts are reviewing it. */
    UNDER_REVIEW,
    /** All assigned reviews are in; waits for the bureau's decision. */
    REVIEWED,
    /** Funded; a project is created from it. */
    APPROVED,
    /** Not funded. */
    DECLINED,
    /** Sent back to the PI for revision with a reason; editable like a draft. */
    RETURNED,
    /** Withdrawn by the PI before review. */
    WITHDRAWN
}
