package org.kstp.proposal.domain;

import static org.kstp.proposal.domain.ProposalAction.ACCEPT;
import static org.kstp.proposal.domain.ProposalAction.ENDORSE;
import static org.kstp.proposal.domain.ProposalAction.RECOMMEND;
import static org.kstp.proposal.domain.ProposalStatus.ENDORSED;
import static org.kstp.proposal.domain.ProposalStatus.SUBMITTED;

/**
 * The optional stages a call switches on: host endorsement and county recommendation. A proposal
 * takes the first stage its call uses; the stages it skips are skipped by this data, not by code paths.
 */
public record RoutingStages(boolean endorsement, boolean recommendation) {

    /** Whether the call's stages let {@code action} happen from {@code status}. */
    public boolean permits(ProposalStatus status, ProposalAction action) {
        if (action == ENDORSE) {
            return endorsement;
        }
        if (action == RECOMMEND) {
            return recommendation && (status == ENDORSED || !endorsement);
        }
        if (action == ACCEPT) {
            if (status == SUBMITTED) {
                return !endorsement && !recommendation;
            }
            if (status == ENDORSED) {
                return !recommendation;
            }
        }
        return true;
    }
}
