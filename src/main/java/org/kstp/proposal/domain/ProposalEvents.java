package org.kstp.proposal.domain;

import org.kstp.proposal.ProposalTransitioned;

/** Builds the module's events from the aggregate, so the service only says when to publish. */
public final class ProposalEvents {

    private ProposalEvents() {
    }

    /** The step the proposal has just taken: the last entry of its history. */
    public static ProposalTransitioned transitioned(Proposal p) {
        ProposalStatusChange step = p.history().getLast();
        return new ProposalTransitioned(p.id(), p.callId(), p.trackingNumber(), p.title(), p.piAccountId(),
                p.hostOrganisationId(), p.countyCode(), step.action().name(),
                step.fromStatus() == null ? null : step.fromStatus().name(), step.toStatus().name(),
                step.actorId(), step.comment(), step.at());
    }
}
