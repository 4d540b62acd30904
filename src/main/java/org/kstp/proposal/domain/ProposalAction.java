package org.kstp.proposal.domain;

import java.util.EnumSet;
import java.util.Set;

/** What can be done to a proposal. */
public enum ProposalAction {
    SUBMIT, ENDORSE, RECOMMEND, ACCEPT, PASS_FORMAL_CHECK, REJECT_FORMALLY, RETURN, START_REVIEW,
    COMPLETE_REVIEW, APPROVE, DECLINE, WITHDRAW;

    /** Actions taken on the review pages or by the review module, never from the proposal page. */
    public static final Set<ProposalAction> REVIEW_DRIVEN = EnumSet.of(START_REVIEW, COMPLETE_REVIEW, APPROVE, DECLINE);

    /** Actions taken through the item-by-item formal check, which records why. */
    public static final Set<ProposalAction> FORMAL_CHECK_DRIVEN = EnumSet.of(PASS_FORMAL_CHECK, REJECT_FORMALLY);

    /** Actions that must carry a reason the applicant will read. */
    public static final Set<ProposalAction> NEED_REASON = EnumSet.of(RETURN, REJECT_FORMALLY, DECLINE);
}
