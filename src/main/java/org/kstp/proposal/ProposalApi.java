package org.kstp.proposal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;

/**
 * What the review module may do to proposals. Each call goes through the proposal's transition
 * table and is audited; access checks on experts are the review module's job (assignment).
 */
public interface ProposalApi {

    ProposalSummary summary(UUID id);

    /** Call item, discipline, period, partners, indicators and schedule, resolved for reading. */
    ProposalDetailView detail(UUID id);

    /** The PI, team, host and the PI's recent coworkers, for the conflict-of-interest rules of review. */
    ProposalParticipants participants(UUID id);

    /** Proposals past the formal check: waiting for, under, or done with review. */
    List<ProposalSummary> inReview();

    /**
     * A call's proposals from the formal check on (in review, reviewed, approved or declined): what
     * the review module ranks. Grouping by call item will need the item on {@link ProposalSummary}.
     */
    List<ProposalSummary> rankableOfCall(UUID callId);

    /** Moves a formally checked proposal into review when its first expert is assigned; no-op if already there. */
    void startReview(UUID id, Actor actor);

    /** Marks review complete when every assigned expert has submitted. */
    void completeReview(UUID id, Actor actor);

    /** Funds the proposal with the given amount (not above the request) and announces it. */
    void approve(UUID id, BigDecimal amount, String comment, Actor actor);

    void decline(UUID id, String reason, Actor actor);
}
