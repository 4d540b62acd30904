package org.kstp.review.round;

import java.util.UUID;
import org.kstp.review.domain.InvitationAnswers;
import org.springframework.stereotype.Component;

/**
 * Tells the review domain whether a round's assignment was accepted. Only ACCEPTED lets the expert
 * review; an assignment staff made by hand has no invitation and is never held back.
 */
@Component
class InvitationAnswerLookup implements InvitationAnswers {

    private final InvitationRepository invitations;

    InvitationAnswerLookup(InvitationRepository invitations) {
        this.invitations = invitations;
    }

    @Override
    public boolean awaitingAcceptance(UUID assignmentId) {
        return invitations.findByAssignmentId(assignmentId)
                .map(i -> i.status() != InvitationStatus.ACCEPTED)
                .orElse(false);
    }
}
