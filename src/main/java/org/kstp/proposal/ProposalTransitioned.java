package org.kstp.proposal;

import java.time.Instant;
import java.util.UUID;

/**
 * A proposal moved from one status to another. Published from the one place transitions happen
 * (the proposal service), inside its transaction: the submission receipt is taken synchronously in
 * that transaction, and downstream modules (notifications) react after commit. It carries what they
 * need to route a notice, as it was at the time, so no listener has to read the proposal back.
 *
 * @param action the {@code ProposalAction} name, e.g. SUBMIT
 * @param fromStatus the {@code ProposalStatus} name before; toStatus after
 * @param comment the reason given (required for returns, rejections and declines), or null
 */
public record ProposalTransitioned(UUID proposalId, UUID callId, String trackingNumber, String title,
                                   UUID piAccountId, UUID hostOrganisationId, String countyCode, String action,
                                   String fromStatus, String toStatus, UUID actorId, String comment, Instant at) {

    /** A key unique to this step of this proposal, so a re-delivered event is recognised. */
    public String stepKey() {
        return proposalId + ":" + action + ":" + at.toEpochMilli();
    }
}
