package org.kstp.proposal.domain;

import static org.kstp.proposal.domain.ProposalAction.*;
import static org.kstp.proposal.domain.ProposalStatus.*;

import org.kstp.common.TransitionTable;

/**
 * The proposal lifecycle in one table. Which of the routing stages a call uses is decided by
 * {@link RoutingStages}, not by separate tables: the table holds every path, the call picks.
 */
public final class ProposalLifecycle {

    public static final TransitionTable<ProposalStatus, ProposalAction> TABLE =
            TransitionTable.of(ProposalStatus.class, ProposalAction.class)
                    .allow(SUBMIT, SUBMITTED, DRAFT, RETURNED)
                    .allow(ENDORSE, ENDORSED, SUBMITTED)
                    .allow(RECOMMEND, RECOMMENDED, SUBMITTED, ENDORSED)
                    .allow(ACCEPT, ACCEPTED, SUBMITTED, ENDORSED, RECOMMENDED)
                    .allow(RETURN, RETURNED, SUBMITTED, ENDORSED, RECOMMENDED, ACCEPTED)
                    .allow(PASS_FORMAL_CHECK, FORMALLY_CHECKED, ACCEPTED)
                    .allow(REJECT_FORMALLY, FORMALLY_REJECTED, ACCEPTED)
                    .allow(START_REVIEW, UNDER_REVIEW, FORMALLY_CHECKED)
                    .allow(COMPLETE_REVIEW, REVIEWED, UNDER_REVIEW)
                    .allow(APPROVE, APPROVED, REVIEWED)
                    .allow(DECLINE, DECLINED, REVIEWED)
                    .allow(WITHDRAW, WITHDRAWN, DRAFT, RETURNED, SUBMITTED, ENDORSED, RECOMMENDED, ACCEPTED,
                            FORMALLY_CHECKED);

    private ProposalLifecycle() {
    }
}
