package org.kstp.review.round;

import java.time.Instant;
import java.util.UUID;
import org.kstp.common.RuleViolation;
import org.kstp.common.TransitionTable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One expert asked to review one proposal of a round: drawn, or drawn later as a replacement. The
 * expert's queue entry is the linked review assignment, which exists while the invitation is
 * INVITED or ACCEPTED.
 */
@Table("review_round_invitation")
public class Invitation {

    public static final TransitionTable<InvitationStatus, InvitationAction> LIFECYCLE =
            TransitionTable.of(InvitationStatus.class, InvitationAction.class)
                    .allow(InvitationAction.CONFIRM, InvitationStatus.INVITED, InvitationStatus.SUGGESTED)
                    .allow(InvitationAction.DISMISS, InvitationStatus.DISMISSED, InvitationStatus.SUGGESTED)
                    .allow(InvitationAction.ACCEPT, InvitationStatus.ACCEPTED, InvitationStatus.INVITED)
                    .allow(InvitationAction.DECLINE, InvitationStatus.DECLINED, InvitationStatus.INVITED)
                    .allow(InvitationAction.WITHDRAW, InvitationStatus.WITHDRAWN, InvitationStatus.INVITED,
                            InvitationStatus.ACCEPTED);

    /**
     * The reason a closed round gives the invitations it ends: a message key, so each reader sees it in
     * their language. Reasons people type (a decline, a replacement) are kept as written.
     */
    public static final String ROUND_CLOSED = "review.invitation.roundClosed";

    @Id
    private final UUID id;
    private final UUID roundId;
    private final UUID proposalId;
    private final UUID expertAccountId;
    private final String expertName;
    private UUID assignmentId;
    private final double affinity;
    private final Double probability;
    private InvitationStatus status;
    private final UUID replacesId;
    private String reason;
    private final Instant createdAt;
    private Instant respondedAt;
    private Instant remindedAt;
    @Version
    private Long version;

    Invitation(UUID id, UUID roundId, UUID proposalId, UUID expertAccountId, String expertName, UUID assignmentId,
               double affinity, Double probability, InvitationStatus status, UUID replacesId, String reason,
               Instant createdAt, Instant respondedAt, Instant remindedAt, Long version) {
        this.id = id;
        this.roundId = roundId;
        this.proposalId = proposalId;
        this.expertAccountId = expertAccountId;
        this.expertName = expertName;
        this.assignmentId = assignmentId;
        this.affinity = affinity;
        this.probability = probability;
        this.status = status;
        this.replacesId = replacesId;
        this.reason = reason;
        this.createdAt = createdAt;
        this.respondedAt = respondedAt;
        this.remindedAt = remindedAt;
        this.version = version;
    }

    /** A drawn pair, invited at once: its assignment is already in the expert's queue. */
    static Invitation drawn(UUID roundId, UUID proposalId, UUID expert, String name, UUID assignmentId,
                            double affinity, Double probability, Instant now) {
        return new Invitation(UUID.randomUUID(), roundId, proposalId, expert, name, assignmentId, affinity,
                probability, InvitationStatus.INVITED, null, null, now, null, null, null);
    }

    /**
     * A drawn pair that a conflict rule excluded by the time the draw was saved: kept, withdrawn, so
     * the saved draw still equals what the seed gives.
     */
    static Invitation conflicted(UUID roundId, UUID proposalId, UUID expert, String name, double affinity,
                                 String conflictCode, Instant now) {
        return new Invitation(UUID.randomUUID(), roundId, proposalId, expert, name, null, affinity, null,
                InvitationStatus.WITHDRAWN, null, conflictCode, now, now, null, null);
    }

    /** A replacement drawn for {@code replaced}, waiting for staff to confirm it. */
    static Invitation suggested(Invitation replaced, UUID expert, String name, double affinity, Double probability,
                                Instant now) {
        return new Invitation(UUID.randomUUID(), replaced.roundId, replaced.proposalId, expert, name, null, affinity,
                probability, InvitationStatus.SUGGESTED, replaced.id, null, now, null, null, null);
    }

    /** Staff confirm a suggested replacement; its assignment now exists. */
    void confirm(UUID newAssignmentId, Instant now) {
        status = LIFECYCLE.require(status, InvitationAction.CONFIRM, "review");
        assignmentId = newAssignmentId;
        respondedAt = null;
    }

    void dismiss(Instant now) {
        status = LIFECYCLE.require(status, InvitationAction.DISMISS, "review");
        respondedAt = now;
    }

    void accept(Instant now) {
        status = LIFECYCLE.require(status, InvitationAction.ACCEPT, "review");
        respondedAt = now;
    }

    /** The expert declines; a reason is required so staff can judge the replacement. */
    void decline(String why, Instant now) {
        close(InvitationAction.DECLINE, why, now);
    }

    /** Staff take the expert off the proposal, keeping everyone else. */
    void withdraw(String why, Instant now) {
        close(InvitationAction.WITHDRAW, why, now);
    }

    private void close(InvitationAction action, String why, Instant now) {
        InvitationStatus to = LIFECYCLE.require(status, action, "review");
        if (why == null || why.isBlank()) {
            throw new RuleViolation("review.invitation.reasonRequired");
        }
        status = to;
        reason = why.trim();
        respondedAt = now;
    }

    void reminded(Instant now) {
        remindedAt = now;
    }

    /** Whether the expert still holds the place on the proposal. */
    public boolean active() {
        return status == InvitationStatus.INVITED || status == InvitationStatus.ACCEPTED;
    }

    /** The reason as a message key when the system gave it, else null (the reason is someone's own words). */
    public String reasonKey() {
        return ROUND_CLOSED.equals(reason) ? reason : null;
    }

    public UUID id() { return id; }
    public UUID roundId() { return roundId; }
    public UUID proposalId() { return proposalId; }
    public UUID expertAccountId() { return expertAccountId; }
    public String expertName() { return expertName; }
    public UUID assignmentId() { return assignmentId; }
    public double affinity() { return affinity; }
    public Double probability() { return probability; }
    public InvitationStatus status() { return status; }
    public UUID replacesId() { return replacesId; }
    public String reason() { return reason; }
    public Instant createdAt() { return createdAt; }
    public Instant respondedAt() { return respondedAt; }
    public Instant remindedAt() { return remindedAt; }
}
