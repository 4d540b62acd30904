package org.kstp.review.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.review.ReviewCommands;
import org.kstp.review.ReviewTask;
import org.kstp.review.domain.AssignmentStatus;
import org.kstp.review.domain.ReviewService;
import org.kstp.review.domain.ScoreCriterion;
import org.kstp.review.ranking.Decision;
import org.kstp.review.ranking.DecisionService;
import org.kstp.review.scoring.Recommendation;
import org.kstp.review.scoring.ScorecardInput;
import org.kstp.review.scoring.ScoringService;
import org.springframework.stereotype.Service;

/** {@link ReviewCommands} on the services behind the round, review, scorecard and ranking pages. */
@Service
class ReviewCommandService implements ReviewCommands {

    private final RoundService rounds;
    private final RoundInvitations invitations;
    private final ReviewService reviews;
    private final ScoringService scoring;
    private final DecisionService decisions;

    ReviewCommandService(RoundService rounds, RoundInvitations invitations, ReviewService reviews,
                         ScoringService scoring, DecisionService decisions) {
        this.rounds = rounds;
        this.invitations = invitations;
        this.reviews = reviews;
        this.scoring = scoring;
        this.decisions = decisions;
    }

    /** Three steps, each committed as on the round pages: the draw's progress rows need the round committed. */
    @Override
    public UUID drawRound(UUID callId, String title, int reviewers, LocalDate reviewDue, Set<UUID> proposalIds,
                          Actor bureau) {
        RoundParameters parameters = new RoundParameters(reviewers, RoundParameters.DEFAULT_PAIR_CAP, false,
                reviewDue);
        UUID roundId = rounds.create(callId, title, RoundMode.RANDOMISED, parameters, bureau);
        rounds.chooseProposals(roundId, proposalIds, bureau);
        rounds.startDraw(roundId, bureau);
        return roundId;
    }

    @Override
    public boolean drawing(UUID roundId) {
        return rounds.round(roundId).status() == RoundStatus.DRAWING;
    }

    @Override
    public UUID assign(UUID proposalId, UUID expertAccountId, Actor bureau) {
        return reviews.assign(proposalId, expertAccountId, bureau);
    }

    @Override
    public List<ReviewTask> tasksOf(Actor expert) {
        return reviews.assignmentsFor(expert).stream().map(a -> new ReviewTask(a.id(), a.proposalId(),
                reviews.awaitingAcceptance(a.id()), a.status() == AssignmentStatus.SUBMITTED)).toList();
    }

    @Override
    public void acceptInvitation(UUID assignmentId, Actor expert) {
        invitations.accept(assignmentId, expert);
    }

    @Override
    public void declareNoConflict(UUID assignmentId, Actor expert) {
        reviews.declareNoConflict(assignmentId, expert);
    }

    @Override
    public void submitScores(UUID assignmentId, int percent, String opinion, boolean recommendFunding, Actor expert) {
        UUID proposalId = reviews.ownAssignment(assignmentId, expert).proposalId();
        Map<ScoreCriterion, Integer> scores = new HashMap<>();
        scoring.sheetOf(proposalId).criteria().forEach(c -> scores.put(c.criterion(),
                BigDecimal.valueOf((long) c.maxScore() * percent).divide(BigDecimal.valueOf(100), 0,
                        RoundingMode.HALF_UP).intValue()));
        scoring.submit(assignmentId, new ScorecardInput(scores, opinion,
                recommendFunding ? Recommendation.FUND : Recommendation.DO_NOT_FUND, true), expert);
    }

    @Override
    public void decide(UUID proposalId, boolean fund, BigDecimal amount, String note, Actor bureau) {
        decisions.decide(proposalId, fund ? Decision.APPROVE : Decision.REJECT, fund ? amount : null, note, bureau);
    }
}
