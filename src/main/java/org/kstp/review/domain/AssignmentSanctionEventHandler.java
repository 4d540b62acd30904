package org.kstp.review.domain;

import java.util.ArrayList;
import java.util.List;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityRecordTookEffect;
import org.kstp.integrity.IntegrityRecordsTookEffect;
import org.kstp.proposal.ProposalApi;
import org.kstp.proposal.ProposalSummary;
import org.kstp.review.PendingAssignmentsWithdrawn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Withdraws a sanctioned expert's pending (not yet submitted) assignments as soon as a measure barring
 * them from reviewing takes effect, and tells staff which proposals need another reviewer. New
 * assignments are refused anyway by the conflict rules; this handles those made before.
 */
@Component
class AssignmentSanctionEventHandler {

    private final ReviewAssignmentRepository assignments;
    private final ProposalApi proposals;
    private final AuditApi audit;
    private final ApplicationEventPublisher events;

    AssignmentSanctionEventHandler(ReviewAssignmentRepository assignments, ProposalApi proposals, AuditApi audit,
                         ApplicationEventPublisher events) {
        this.assignments = assignments;
        this.proposals = proposals;
        this.audit = audit;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(IntegrityRecordsTookEffect event) {
        for (IntegrityRecordTookEffect r : event.records()) {
            if (r.accountId() != null && r.blocks(Activity.REVIEW)) {
                withdraw(r);
            }
        }
    }

    private void withdraw(IntegrityRecordTookEffect r) {
        String record = r.issuer() + " " + r.documentNumber();
        List<PendingAssignmentsWithdrawn.Proposal> affected = new ArrayList<>();
        String expertName = r.label();
        for (ReviewAssignment a : assignments.findByExpertAccountIdOrderByAssignedAtDesc(r.accountId())) {
            if (a.status() != AssignmentStatus.ASSIGNED) {
                continue;
            }
            assignments.delete(a);
            audit.record(Actor.system(), "review-assignment", a.id(), "WITHDRAW_ON_SANCTION",
                    a.proposalId() + ": " + record);
            ProposalSummary p = proposals.summary(a.proposalId());
            affected.add(new PendingAssignmentsWithdrawn.Proposal(a.proposalId(), p.trackingNumber(), p.title()));
            expertName = a.expertName();
        }
        if (!affected.isEmpty()) {
            events.publishEvent(new PendingAssignmentsWithdrawn(r.accountId(), expertName, record, affected));
        }
    }
}
