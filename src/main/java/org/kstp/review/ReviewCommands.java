package org.kstp.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;

/**
 * The steps of expert review for callers outside the module's pages (the demo): staff open and draw
 * a round or assign an expert, experts accept, declare and score, staff decide. Each runs through
 * the same services as the pages (conflict rules, yearly load, score sheet, decision rules), audited.
 */
public interface ReviewCommands {

    /**
     * A randomised round over these formally checked proposals of the call, with {@code reviewers}
     * experts each and the default yearly load and pair cap; the draw starts in the background once
     * this returns (see {@link #drawing}).
     */
    UUID drawRound(UUID callId, String title, int reviewers, LocalDate reviewDue, Set<UUID> proposalIds, Actor bureau);

    /** Whether the round's background draw is still running. */
    boolean drawing(UUID roundId);

    /** Staff assign one expert to a formally checked (or already reviewed) proposal, outside any round. */
    UUID assign(UUID proposalId, UUID expertAccountId, Actor bureau);

    /** The expert's reviews, newest first. */
    List<ReviewTask> tasksOf(Actor expert);

    /** The expert accepts a round's invitation. */
    void acceptInvitation(UUID assignmentId, Actor expert);

    /** The expert declares no conflict of interest, which opens the proposal for scoring. */
    void declareNoConflict(UUID assignmentId, Actor expert);

    /**
     * The expert submits the score sheet, each criterion of the call's sheet at {@code percent} of
     * its maximum (rounded), with the opinion and whether the expert recommends funding.
     */
    void submitScores(UUID assignmentId, int percent, String opinion, boolean recommendFunding, Actor expert);

    /** The bureau funds a reviewed proposal with the amount, or declines it with the note as reason. */
    void decide(UUID proposalId, boolean fund, BigDecimal amount, String note, Actor bureau);
}
