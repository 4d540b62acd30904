package org.kstp.review.round;

import java.time.LocalDate;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.proposal.ProposalApi;
import org.kstp.proposal.ProposalSummary;
import org.kstp.review.ReviewReminder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds experts of reviews they hold but have not submitted: one expert across the round, one
 * proposal's experts, or one invitation. The notification module delivers it (in-app and e-mail).
 */
@Service
public class RoundReminders {

    private final RoundService rounds;
    private final InvitationRepository invitations;
    private final RoundProgressQuery progress;
    private final ProposalApi proposals;
    private final ApplicationEventPublisher events;
    private final AuditApi audit;
    private final BusinessTime time;

    RoundReminders(RoundService rounds, InvitationRepository invitations, RoundProgressQuery progress,
                   ProposalApi proposals, ApplicationEventPublisher events, AuditApi audit, BusinessTime time) {
        this.rounds = rounds;
        this.invitations = invitations;
        this.progress = progress;
        this.proposals = proposals;
        this.events = events;
        this.audit = audit;
        this.time = time;
    }

    /**
     * Reminds everyone matching: {@code proposalId} and {@code expertId} narrow it (null = all).
     * Returns how many reminders went out; none for a closed round, whose reviews are over.
     */
    @Transactional
    public int remind(UUID roundId, UUID proposalId, UUID expertId, Actor staff) {
        RoundService.requireBureau(staff);
        ReviewRound round = rounds.round(roundId);
        if (round.isClosed()) {
            return 0;
        }
        LocalDate today = time.today();
        int sent = 0;
        for (RoundProgressQuery.Line line : progress.lines(roundId, today, round.parameters().reviewDue())) {
            boolean pending = (line.status() == InvitationStatus.INVITED || line.status() == InvitationStatus.ACCEPTED)
                    && !line.submitted();
            if (pending && (proposalId == null || proposalId.equals(line.proposalId()))
                    && (expertId == null || expertId.equals(line.expertAccountId()))) {
                remind(invitations.findById(line.invitationId()).orElseThrow(), round, staff);
                sent++;
            }
        }
        return sent;
    }

    private void remind(Invitation invitation, ReviewRound round, Actor staff) {
        ProposalSummary p = proposals.summary(invitation.proposalId());
        invitation.reminded(time.now());
        invitations.save(invitation);
        UUID reminderId = UUID.randomUUID();
        events.publishEvent(new ReviewReminder(reminderId, invitation.assignmentId(), invitation.expertAccountId(),
                p.trackingNumber(), p.title(), round.parameters().reviewDue()));
        audit.record(staff, "review-invitation", invitation.id(), "REMIND", invitation.expertName());
    }
}
