package org.kstp.review.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.common.TransitionTable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One review round of a call: which proposals, the rules of the draw, the committed seed and what
 * the draw achieved. The seed is kept from the start of the draw but shown only once the round is
 * drawn; the commitment is public from the start.
 */
@Table("review_round")
public class ReviewRound {

    public static final TransitionTable<RoundStatus, RoundAction> LIFECYCLE =
            TransitionTable.of(RoundStatus.class, RoundAction.class)
                    .allow(RoundAction.EDIT, RoundStatus.DRAFT, RoundStatus.DRAFT)
                    .allow(RoundAction.START_DRAW, RoundStatus.DRAWING, RoundStatus.DRAFT)
                    .allow(RoundAction.COMPLETE_DRAW, RoundStatus.DRAWN, RoundStatus.DRAWING)
                    .allow(RoundAction.FAIL_DRAW, RoundStatus.DRAFT, RoundStatus.DRAWING)
                    .allow(RoundAction.BEGIN_REVIEW, RoundStatus.REVIEWING, RoundStatus.DRAWN)
                    .allow(RoundAction.CLOSE, RoundStatus.CLOSED, RoundStatus.DRAFT, RoundStatus.DRAWN,
                            RoundStatus.REVIEWING);

    @Id
    private final UUID id;
    private final UUID callId;
    private String title;
    private RoundMode mode;
    @Embedded.Empty
    private RoundParameters parameters;
    private RoundStatus status;
    private String commitment;
    private String seed;
    private String drawError;
    @Embedded.Nullable
    private RoundOutcome outcome;
    private Instant drawnAt;
    private final UUID createdBy;
    private final Instant createdAt;
    @MappedCollection(idColumn = "round_id")
    private Set<RoundProposal> proposals;
    @MappedCollection(idColumn = "round_id", keyColumn = "position")
    private final List<RoundStatusChange> history;
    @Version
    private Long version;

    ReviewRound(UUID id, UUID callId, String title, RoundMode mode, RoundParameters parameters, RoundStatus status,
                String commitment, String seed, String drawError, RoundOutcome outcome, Instant drawnAt,
                UUID createdBy, Instant createdAt, Set<RoundProposal> proposals, List<RoundStatusChange> history,
                Long version) {
        this.id = id;
        this.callId = callId;
        this.title = title;
        this.mode = mode;
        this.parameters = parameters;
        this.status = status;
        this.commitment = commitment;
        this.seed = seed;
        this.drawError = drawError;
        this.outcome = outcome;
        this.drawnAt = drawnAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.proposals = new HashSet<>(proposals);
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    /** A new round in DRAFT with the given parameters and no proposals yet. */
    public static ReviewRound create(UUID callId, String title, RoundMode mode, RoundParameters parameters,
                                     LocalDate today, Actor actor, Instant now) {
        if (title == null || title.isBlank()) {
            throw new RuleViolation("review.round.titleRequired");
        }
        parameters.validate(today);
        ReviewRound round = new ReviewRound(UUID.randomUUID(), callId, title.trim(), mode, parameters,
                RoundStatus.DRAFT, null, null, null, null, null, actor.accountId(), now, Set.of(), List.of(), null);
        round.history.add(new RoundStatusChange(null, RoundStatus.DRAFT, RoundAction.EDIT, actor.accountId(),
                actor.displayName(), null, now));
        return round;
    }

    /** Replaces the parameters and the mode; only in DRAFT. */
    public void configure(RoundMode newMode, RoundParameters newParameters, LocalDate today, Actor actor, Instant now) {
        transition(RoundAction.EDIT, actor, null, now);
        newParameters.validate(today);
        mode = newMode;
        parameters = newParameters;
    }

    /** Replaces the proposals; only in DRAFT. The service checks that each is formally checked in the call. */
    public void chooseProposals(Set<UUID> proposalIds, Actor actor, Instant now) {
        transition(RoundAction.EDIT, actor, null, now);
        proposals = new HashSet<>();
        proposalIds.forEach(p -> proposals.add(new RoundProposal(p)));
    }

    /**
     * Commits to a seed (its SHA-256, published now) and starts the draw. A deterministic round has
     * no seed. An earlier failed draw's error is cleared.
     */
    public void startDraw(String newSeed, String newCommitment, Actor actor, Instant now) {
        if (proposals.isEmpty()) {
            throw new RuleViolation("review.round.noProposals");
        }
        transition(RoundAction.START_DRAW, actor, newCommitment, now);
        seed = newSeed;
        commitment = newCommitment;
        drawError = null;
    }

    /** The draw was saved: the seed becomes visible with the outcome. */
    public void completeDraw(RoundOutcome result, Actor actor, Instant now) {
        transition(RoundAction.COMPLETE_DRAW, actor, null, now);
        outcome = result;
        drawnAt = now;
    }

    /** The draw failed: back to DRAFT with the reason kept for the page. */
    public void failDraw(String error, Actor actor, Instant now) {
        transition(RoundAction.FAIL_DRAW, actor, error, now);
        drawError = error;
    }

    /** The first accepted invitation starts the review; later ones change nothing. */
    public boolean beginReview(Actor actor, Instant now) {
        if (status != RoundStatus.DRAWN) {
            return false;
        }
        transition(RoundAction.BEGIN_REVIEW, actor, null, now);
        return true;
    }

    public void close(String comment, Actor actor, Instant now) {
        transition(RoundAction.CLOSE, actor, comment, now);
    }

    private void transition(RoundAction action, Actor actor, String comment, Instant now) {
        RoundStatus to = LIFECYCLE.require(status, action, "review");
        if (to != status) {
            history.add(new RoundStatusChange(status, to, action, actor.accountId(), actor.displayName(), comment, now));
        }
        status = to;
    }

    /** Actions allowed now; the page intersects them with the user's rights. */
    public Set<RoundAction> allowedActions() {
        return LIFECYCLE.actionsFrom(status);
    }

    /** The seed, only once the draw is saved: before that, revealing it would let anyone predict the draw. */
    public String revealedSeed() {
        return status == RoundStatus.DRAFT || status == RoundStatus.DRAWING ? null : seed;
    }

    /** The seed for the draw job itself, which runs while the round is DRAWING. */
    String seedForDraw() {
        return seed;
    }

    /** Closed rounds change no more: no replacements, no reminders. */
    public boolean isClosed() {
        return status == RoundStatus.CLOSED;
    }

    public boolean isDrawn() {
        return outcome != null && drawnAt != null;
    }

    public Set<UUID> proposalIds() {
        Set<UUID> ids = new HashSet<>();
        proposals.forEach(p -> ids.add(p.proposalId()));
        return ids;
    }

    public UUID id() { return id; }
    public UUID callId() { return callId; }
    public String title() { return title; }
    public RoundMode mode() { return mode; }
    public RoundParameters parameters() { return parameters; }
    public RoundStatus status() { return status; }
    public String commitment() { return commitment; }
    public String drawError() { return drawError; }
    public RoundOutcome outcome() { return outcome; }
    public Instant drawnAt() { return drawnAt; }
    public UUID createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public List<RoundStatusChange> history() { return List.copyOf(history); }
}
