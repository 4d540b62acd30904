package org.kstp.review.round;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.expert.Eligibility;
import org.kstp.review.PendingAssignmentsWithdrawn;
import org.kstp.review.domain.ConflictCheck;
import org.kstp.review.domain.ConflictDeclared;
import org.kstp.review.domain.ReviewService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a round's invitations after the draw: experts accept or decline, a decline or a
 * staff replacement brings a suggested replacement drawn from the round's distribution, staff
 * confirm or dismiss it. Nobody else on the proposal is redrawn. Every step is audited.
 */
@Service
public class RoundInvitations {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final InvitationRepository invitations;
    private final ReviewRoundRepository rounds;
    private final ReviewService review;
    private final ConflictCheck conflicts;
    private final Replacements replacements;
    private final AuditApi audit;
    private final Clock clock;

    RoundInvitations(InvitationRepository invitations, ReviewRoundRepository rounds, ReviewService review,
                     ConflictCheck conflicts, Replacements replacements, AuditApi audit, Clock clock) {
        this.invitations = invitations;
        this.rounds = rounds;
        this.review = review;
        this.conflicts = conflicts;
        this.replacements = replacements;
        this.audit = audit;
        this.clock = clock;
    }

    /** The invitation behind an expert's own assignment, if the assignment came from a round. */
    public Optional<Invitation> ofAssignment(UUID assignmentId, Actor expert) {
        return invitations.findByAssignmentId(assignmentId)
                .filter(i -> i.expertAccountId().equals(expert.accountId()) && expert.has(Role.EXPERT));
    }

    public List<Invitation> ofRound(UUID roundId) {
        return invitations.findByRoundIdOrderByCreatedAt(roundId);
    }

    @Transactional
    public void accept(UUID assignmentId, Actor expert) {
        Invitation invitation = own(assignmentId, expert);
        invitation.accept(clock.instant());
        invitations.save(invitation);
        audit.record(expert, "review-invitation", invitation.id(), InvitationAction.ACCEPT.name(), null);
        ReviewRound round = rounds.findById(invitation.roundId()).orElseThrow();
        if (round.beginReview(expert, clock.instant())) {
            rounds.save(round);
            audit.record(expert, "review-round", round.id(), RoundAction.BEGIN_REVIEW.name(), null);
        }
    }

    /** The expert declines with a reason: the assignment goes, and staff get a replacement to confirm. */
    @Transactional
    public void decline(UUID assignmentId, String reason, Actor expert) {
        Invitation invitation = own(assignmentId, expert);
        invitation.decline(reason, clock.instant());
        invitations.save(invitation);
        review.unassign(assignmentId, "DECLINE_INVITATION", invitation.reason(), expert);
        audit.record(expert, "review-invitation", invitation.id(), InvitationAction.DECLINE.name(),
                invitation.reason());
        suggest(invitation, expert);
    }

    /**
     * The expert declared a conflict on a round's assignment (which the review service removed): the
     * invitation counts as declined with the declaration as its reason, and staff get a replacement.
     */
    @EventListener
    void on(ConflictDeclared declared) {
        invitations.findByAssignmentId(declared.assignmentId()).filter(Invitation::active).ifPresent(invitation -> {
            invitation.decline(declared.explanation(), clock.instant());
            invitations.save(invitation);
            audit.record(declared.expert(), "review-invitation", invitation.id(), InvitationAction.DECLINE.name(),
                    "conflict: " + declared.explanation());
            suggest(invitation, declared.expert());
        });
    }

    /**
     * A sanction withdrew the expert's pending assignments (the review module deleted them): their
     * open invitations are withdrawn with the record as the reason, and staff get replacements.
     */
    @EventListener
    void on(PendingAssignmentsWithdrawn withdrawn) {
        Set<UUID> proposals = new HashSet<>();
        withdrawn.proposals().forEach(p -> proposals.add(p.proposalId()));
        for (Invitation invitation : invitations.findByExpertAccountIdAndStatusIn(withdrawn.expertAccountId(),
                List.of(InvitationStatus.INVITED, InvitationStatus.ACCEPTED))) {
            if (proposals.contains(invitation.proposalId())) {
                invitation.withdraw(withdrawn.record(), clock.instant());
                invitations.save(invitation);
                audit.record(Actor.system(), "review-invitation", invitation.id(), InvitationAction.WITHDRAW.name(),
                        "sanction: " + withdrawn.record());
                suggest(invitation, Actor.system());
            }
        }
    }

    /** Staff take one expert off one proposal, keeping everyone else, and get a replacement to confirm. */
    @Transactional
    public void withdraw(UUID invitationId, String reason, Actor staff) {
        RoundService.requireBureau(staff);
        Invitation invitation = invitation(invitationId);
        takeOff(invitation, reason, "WITHDRAW_INVITATION", staff);
        suggest(invitation, staff);
    }

    /**
     * The round was closed (in the caller's transaction): nobody stays asked to review in it, so no
     * expert's queue keeps its proposals and no reminder goes out. Suggested replacements are
     * dismissed; open invitations are withdrawn with their assignments as staff would withdraw them,
     * but with no replacement. That includes ACCEPTED ones whose scorecard is not in: the round is
     * over, so an accepted but unfinished review ends with it (a saved draft goes with its
     * assignment). A submitted scorecard is never touched, whatever its invitation says. A proposal
     * whose remaining reviews are then all in completes its review.
     */
    void endOpen(UUID roundId, Actor staff) {
        Set<UUID> affected = new HashSet<>();
        for (Invitation invitation : invitations.findByRoundIdOrderByCreatedAt(roundId)) {
            if (invitation.status() == InvitationStatus.SUGGESTED) {
                dismiss(invitation, Invitation.ROUND_CLOSED, staff);
            } else if (invitation.active() && !review.submitted(invitation.assignmentId())) {
                takeOff(invitation, Invitation.ROUND_CLOSED, "WITHDRAW_ON_CLOSE", staff);
                affected.add(invitation.proposalId());
            }
        }
        affected.forEach(proposal -> review.completeIfAllIn(proposal, staff));
    }

    /** Withdraws the invitation and removes its assignment from the expert's queue, both audited. */
    private void takeOff(Invitation invitation, String reason, String assignmentAction, Actor staff) {
        UUID assignmentId = invitation.assignmentId();
        invitation.withdraw(reason, clock.instant());
        invitations.save(invitation);
        review.withdrawFromExpert(assignmentId, assignmentAction, invitation.reason(),
                Invitation.ROUND_CLOSED.equals(invitation.reason()), staff);
        audit.record(staff, "review-invitation", invitation.id(), InvitationAction.WITHDRAW.name(),
                invitation.reason());
    }

    /** Staff ask for another suggestion after dismissing one. */
    @Transactional
    public void suggestAgain(UUID replacedId, Actor staff) {
        RoundService.requireBureau(staff);
        Invitation replaced = invitation(replacedId);
        boolean pending = invitations.findByRoundIdOrderByCreatedAt(replaced.roundId()).stream()
                .anyMatch(i -> replacedId.equals(i.replacesId()) && i.status() == InvitationStatus.SUGGESTED);
        if (replaced.active() || pending) {
            throw new RuleViolation("review.round.replace.notNeeded");
        }
        suggest(replaced, staff);
    }

    /** Staff confirm a suggestion: conflicts and the yearly cap are checked again, then the expert is invited. */
    @Transactional
    public void confirm(UUID invitationId, Actor staff) {
        RoundService.requireBureau(staff);
        Invitation suggestion = invitation(invitationId);
        Invitation.LIFECYCLE.require(suggestion.status(), InvitationAction.CONFIRM, "review");
        Eligibility eligibility = conflicts.explain(suggestion.proposalId(), suggestion.expertAccountId());
        if (!eligibility.eligible()) {
            throw new RuleViolation("review.round.replace.conflict", suggestion.expertName(),
                    eligibility.reasons().getFirst().labelKey());
        }
        UUID assignmentId = review.assignChosen(suggestion.proposalId(), suggestion.expertAccountId(), staff);
        suggestion.confirm(assignmentId, clock.instant());
        invitations.save(suggestion);
        audit.record(staff, "review-invitation", invitationId, InvitationAction.CONFIRM.name(),
                "replaces " + suggestion.replacesId());
    }

    @Transactional
    public void dismiss(UUID invitationId, Actor staff) {
        RoundService.requireBureau(staff);
        dismiss(invitation(invitationId), null, staff);
    }

    private void dismiss(Invitation suggestion, String why, Actor staff) {
        suggestion.dismiss(clock.instant());
        invitations.save(suggestion);
        audit.record(staff, "review-invitation", suggestion.id(), InvitationAction.DISMISS.name(), why);
    }

    /** Draws a replacement for staff to confirm; a closed round takes no more reviewers, so it draws none. */
    private void suggest(Invitation replaced, Actor actor) {
        ReviewRound round = rounds.findById(replaced.roundId()).orElseThrow();
        if (round.isClosed()) {
            return;
        }
        long seed = SEEDS.nextLong();
        Optional<Invitation> suggestion = replacements.draw(round, replaced, seed, clock.instant());
        suggestion.ifPresentOrElse(s -> {
            invitations.save(s);
            audit.record(actor, "review-invitation", s.id(), "SUGGEST_REPLACEMENT",
                    "replaces " + replaced.id() + "; seed=" + seed);
        }, () -> audit.record(actor, "review-invitation", replaced.id(), "NO_REPLACEMENT", "seed=" + seed));
    }

    private Invitation own(UUID assignmentId, Actor expert) {
        return ofAssignment(assignmentId, expert).orElseThrow(() -> new NotFound("review-invitation", assignmentId));
    }

    private Invitation invitation(UUID id) {
        return invitations.findById(id).orElseThrow(() -> new NotFound("review-invitation", id));
    }
}
