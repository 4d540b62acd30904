package org.kstp.review.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.Eligibility;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.kstp.proposal.ProposalApi;
import org.kstp.proposal.ProposalSummary;
import org.kstp.review.ExpertAssigned;
import org.kstp.review.ReviewWithdrawn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assigning experts by hand and taking their scorecards (the decision is {@code ranking.DecisionService}'s). */
@Service
public class ReviewService {

    private final ReviewAssignmentRepository assignments;
    private final ProposalApi proposals;
    private final IdentityApi identity;
    private final AuditApi audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ConflictCheck conflicts;
    private final YearlyLoad yearlyLoad;
    private final InvitationAnswers answers;

    ReviewService(ReviewAssignmentRepository assignments, ProposalApi proposals, IdentityApi identity,
                  AuditApi audit, Clock clock, ApplicationEventPublisher events, ConflictCheck conflicts,
                  YearlyLoad yearlyLoad, InvitationAnswers answers) {
        this.conflicts = conflicts;
        this.yearlyLoad = yearlyLoad;
        this.answers = answers;
        this.assignments = assignments;
        this.proposals = proposals;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Assigns an expert to a proposal that has passed the formal check. Refused for non-experts,
     * for an expert already assigned, and for an expert any conflict-of-interest rule excludes
     * (the refusal names the first reason and how many there are).
     */
    @Transactional
    public UUID assign(UUID proposalId, UUID expertAccountId, Actor actor) {
        requireBureau(actor);
        ProposalSummary proposal = proposals.summary(proposalId);
        if (!List.of("FORMALLY_CHECKED", "UNDER_REVIEW").contains(proposal.status())) {
            throw new RuleViolation("review.assign.notReady");
        }
        AccountSummary expert = identity.account(expertAccountId)
                .filter(a -> a.roles().contains(Role.EXPERT))
                .orElseThrow(() -> new RuleViolation("review.assign.notExpert"));
        Eligibility eligibility = conflicts.explain(proposalId, expertAccountId);
        if (!eligibility.eligible()) {
            ConflictReason first = eligibility.reasons().getFirst();
            throw new RuleViolation("review.assign.conflict", expert.displayName(), first.labelKey(),
                    first.detail() == null ? "" : first.detail(), eligibility.reasons().size());
        }
        boolean already = assignments.findByProposalIdOrderByAssignedAt(proposalId).stream()
                .anyMatch(a -> a.expertAccountId().equals(expertAccountId));
        if (already) {
            throw new RuleViolation("review.assign.duplicate", expert.displayName());
        }
        yearlyLoad.requireRoom(expertAccountId, expert.displayName());
        return record(proposal, expert, actor);
    }

    /**
     * Assigns an expert a review round chose (drawn, or a confirmed replacement). The round has
     * screened conflicts; the yearly cap is checked again here because other assignments may have
     * been made since the candidates were taken.
     */
    @Transactional
    public UUID assignChosen(UUID proposalId, UUID expertAccountId, Actor actor) {
        requireBureau(actor);
        AccountSummary expert = identity.account(expertAccountId)
                .filter(a -> a.roles().contains(Role.EXPERT))
                .orElseThrow(() -> new RuleViolation("review.assign.notExpert"));
        yearlyLoad.requireRoom(expertAccountId, expert.displayName());
        return record(proposals.summary(proposalId), expert, actor);
    }

    private UUID record(ProposalSummary proposal, AccountSummary expert, Actor actor) {
        ReviewAssignment assignment = assignments.save(
                ReviewAssignment.assign(proposal.id(), expert.id(), expert.displayName(), clock.instant()));
        proposals.startReview(proposal.id(), actor);
        audit.record(actor, "review-assignment", assignment.id(), "ASSIGN", expert.username());
        events.publishEvent(new ExpertAssigned(assignment.id(), proposal.id(), expert.id(),
                proposal.trackingNumber(), proposal.title(), assignment.assignedAt()));
        return assignment.id();
    }

    /**
     * Removes an assignment that is no longer wanted (the expert declined a round's invitation, or
     * staff replaced them). A submitted score sheet is never thrown away this way.
     */
    @Transactional
    public void unassign(UUID assignmentId, String action, String detail, Actor actor) {
        assignments.findById(assignmentId).ifPresent(assignment -> {
            if (assignment.status() == AssignmentStatus.SUBMITTED) {
                throw new RuleViolation("review.round.replace.submitted", assignment.expertName());
            }
            assignments.delete(assignment);
            audit.record(actor, "review-assignment", assignmentId, action, detail);
        });
    }

    /**
     * Takes a review away from an expert who did not ask for it (staff withdrew it, or its round closed),
     * and tells them: unlike a decline or a declared conflict, the expert did not do this themselves.
     */
    @Transactional
    public void withdrawFromExpert(UUID assignmentId, String action, String detail, boolean roundClosed,
                                   Actor actor) {
        assignments.findById(assignmentId).ifPresent(assignment -> {
            unassign(assignmentId, action, detail, actor);
            ProposalSummary proposal = proposals.summary(assignment.proposalId());
            events.publishEvent(new ReviewWithdrawn(assignmentId, proposal.id(), assignment.expertAccountId(),
                    proposal.trackingNumber(), proposal.title(), roundClosed, roundClosed ? null : detail,
                    clock.instant()));
        });
    }

    /**
     * The expert's scorecard is in (checked and stored by {@code scoring.ScoringService}, which calls
     * this); the last one in completes the proposal's review.
     */
    @Transactional
    public void submitScores(UUID assignmentId, BigDecimal total, String opinion, Actor actor) {
        ReviewAssignment assignment = ownAssignment(assignmentId, actor);
        assignment.submit(total, opinion, clock.instant());
        assignments.save(assignment);
        audit.record(actor, "review-assignment", assignmentId, AssignmentAction.SUBMIT_SCORES.name(),
                assignment.total().toPlainString());
        completeIfAllIn(assignment.proposalId(), actor);
    }

    /**
     * Completes the proposal's review once every assignment left on it is submitted: after the last
     * scorecard, or after a closed round took the unsubmitted ones away. A proposal with no assignment
     * left stays under review, for staff to assign someone by hand.
     */
    @Transactional
    public void completeIfAllIn(UUID proposalId, Actor actor) {
        List<ReviewAssignment> left = assignments.findByProposalIdOrderByAssignedAt(proposalId);
        if (!left.isEmpty() && left.stream().allMatch(a -> a.status() == AssignmentStatus.SUBMITTED)) {
            proposals.completeReview(proposalId, actor);
        }
    }

    /**
     * The expert declares no conflict of interest; the proposal's content opens. Audited. Refused on a
     * round's assignment until the expert accepted the invitation: declaring is the first step of the
     * review, and an expert who has not said yes has not taken the review on.
     */
    @Transactional
    public void declareNoConflict(UUID assignmentId, Actor actor) {
        ReviewAssignment assignment = ownAssignment(assignmentId, actor);
        requireAccepted(assignmentId);
        if (!assignment.declared()) {
            assignment.declareNoConflict(clock.instant());
            assignments.save(assignment);
            audit.record(actor, "review-assignment", assignmentId, "DECLARE_NO_CONFLICT", null);
        }
    }

    /**
     * The expert declares a conflict, at any time: the assignment (and any score sheet) is removed,
     * so a conflicted score never counts. Audited with the expert's explanation; there is no
     * notification module yet, so staff see it in the audit log and on the proposal's review page.
     */
    @Transactional
    public UUID declareConflict(UUID assignmentId, String explanation, Actor actor) {
        ReviewAssignment assignment = ownAssignment(assignmentId, actor);
        if (explanation == null || explanation.isBlank()) {
            throw new RuleViolation("review.declaration.explanationRequired");
        }
        assignments.delete(assignment);
        audit.record(actor, "review-assignment", assignmentId, "DECLARE_CONFLICT",
                assignment.proposalId() + ": " + explanation.trim());
        events.publishEvent(new ConflictDeclared(assignmentId, assignment.proposalId(), explanation.trim(), actor));
        return assignment.proposalId();
    }

    /**
     * The expert's own assignment, ready to be scored: accepted (if a round's) and declared free of
     * conflicts. The scorecard asks this, so an assignment declared before acceptance was required
     * still cannot be scored before the expert accepts.
     */
    public ReviewAssignment declaredAssignment(UUID assignmentId, Actor actor) {
        ReviewAssignment assignment = ownAssignment(assignmentId, actor);
        requireAccepted(assignmentId);
        if (!assignment.declared()) {
            throw new RuleViolation("review.declaration.required");
        }
        return assignment;
    }

    /** Whether the assignment waits for the expert to accept its round's invitation (the page hides the declaration). */
    public boolean awaitingAcceptance(UUID assignmentId) {
        return answers.awaitingAcceptance(assignmentId);
    }

    /** Whether the expert's scorecard on this assignment is in; false for one that no longer exists. */
    public boolean submitted(UUID assignmentId) {
        return assignments.findById(assignmentId).map(a -> a.status() == AssignmentStatus.SUBMITTED).orElse(false);
    }

    private void requireAccepted(UUID assignmentId) {
        if (answers.awaitingAcceptance(assignmentId)) {
            throw new RuleViolation("review.invitation.acceptFirst");
        }
    }

    /** An expert sees only their own assignments; anyone else gets "not found". */
    public ReviewAssignment ownAssignment(UUID assignmentId, Actor actor) {
        return assignments.findById(assignmentId)
                .filter(a -> a.expertAccountId().equals(actor.accountId()) && actor.has(Role.EXPERT))
                .orElseThrow(() -> new NotFound("review-assignment", assignmentId));
    }

    public List<ReviewAssignment> assignmentsOf(UUID proposalId) {
        return assignments.findByProposalIdOrderByAssignedAt(proposalId);
    }

    public List<ReviewAssignment> assignmentsFor(Actor expert) {
        return assignments.findByExpertAccountIdOrderByAssignedAtDesc(expert.accountId());
    }

    private static void requireBureau(Actor actor) {
        if (!actor.has(Role.BUREAU_STAFF)) {
            throw new AccessDeniedException("bureau only");
        }
    }
}
