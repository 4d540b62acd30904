package org.kstp.review.scoring;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.RuleViolation;
import org.kstp.review.domain.BureauOnly;
import org.kstp.proposal.ProposalApi;
import org.kstp.review.domain.ReviewAssignment;
import org.kstp.review.domain.ReviewService;
import org.kstp.review.domain.ScoreCriterion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert's scorecard (draft, submit), the anonymised view of the other reviews once the own one
 * is in, the bureau's score-sheet configuration and marking reviews invalid. Every change audited.
 */
@Service
public class ScoringService {

    private final ScorecardRepository scorecards;
    private final ScoreSheets sheets;
    private final ReviewService reviews;
    private final ProposalApi proposals;
    private final AuditApi audit;
    private final Clock clock;
    private final JdbcClient jdbc;

    ScoringService(ScorecardRepository scorecards, ScoreSheets sheets, ReviewService reviews, ProposalApi proposals,
                   AuditApi audit, Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.scorecards = scorecards;
        this.sheets = sheets;
        this.reviews = reviews;
        this.proposals = proposals;
        this.audit = audit;
        this.clock = clock;
    }

    /** The expert's scorecard on their own assignment; an empty one until first saved. */
    public Scorecard scorecard(UUID assignmentId, Actor actor) {
        ReviewAssignment assignment = reviews.ownAssignment(assignmentId, actor);
        return scorecards.findById(assignmentId).orElseGet(() -> open(assignment));
    }

    public ScoreSheet sheetOf(UUID proposalId) {
        return sheets.forCall(proposals.summary(proposalId).callId());
    }

    /**
     * Autosave of the draft: only after the no-conflict declaration, since it means the content was
     * read (and so, for a round's assignment, only after the invitation was accepted).
     */
    @Transactional
    public Scorecard saveDraft(UUID assignmentId, ScorecardInput input, Actor actor) {
        lockScorecard(assignmentId);
        ReviewAssignment assignment = reviews.declaredAssignment(assignmentId, actor);
        Scorecard card = scorecards.findById(assignmentId).orElseGet(() -> open(assignment));
        card.saveDraft(sheets.forCall(card.callId()), input.scores(), input.opinion(), input.recommendation(),
                clock.instant());
        return scorecards.save(card);
    }

    /** Submits the scorecard; the assignment's own transition (and review completion) follows. */
    @Transactional
    public void submit(UUID assignmentId, ScorecardInput input, Actor actor) {
        lockScorecard(assignmentId);
        ReviewAssignment assignment = reviews.declaredAssignment(assignmentId, actor);
        Scorecard card = scorecards.findById(assignmentId).orElseGet(() -> open(assignment));
        card.submit(sheets.forCall(card.callId()), input.scores(), input.opinion(), input.recommendation(),
                input.pledged(), clock.instant());
        sheets.freeze(card.callId());
        scorecards.save(card);
        audit.record(actor, "review-scorecard", assignmentId, "PLEDGE_CONFIDENTIALITY", null);
        reviews.submitScores(assignmentId, card.total(), card.opinion(), actor);
    }

    /**
     * Writes to one scorecard take turns. Only its expert writes it, so concurrent writes are their own
     * autosave (a second after each change, and every 30 s) meeting their click on Submit: with turns,
     * each reads the card the other left, instead of one failing its version check or both inserting a
     * new card, and the submission is never refused as "changed by someone else".
     */
    private void lockScorecard(UUID assignmentId) {
        jdbc.sql("select id from review_assignment where id = ? for update").param(assignmentId)
                .query(UUID.class).optional();
    }

    /** Other experts' reviews of the same proposal, anonymised, only once the reader's own is submitted. */
    public List<AnonymousReview> peerReviews(UUID assignmentId, Actor actor) {
        Scorecard own = scorecard(assignmentId, actor);
        if (!own.submitted()) {
            return List.of();
        }
        return AnonymousReview.of(validInOrder(own.proposalId()), actor.accountId());
    }

    /** Valid reviews of a proposal in submission order: what aggregates and feedback are built from. */
    public List<Scorecard> validInOrder(UUID proposalId) {
        return scorecards.findByProposalIdOrderBySubmittedAt(proposalId).stream().filter(Scorecard::valid)
                .sorted(Comparator.comparing(Scorecard::submittedAt)).toList();
    }

    /** Every scorecard of a proposal by assignment, for staff. */
    public Map<UUID, Scorecard> scorecardsOf(UUID proposalId, Actor actor) {
        BureauOnly.require(actor);
        return scorecards.findByProposalIdOrderBySubmittedAt(proposalId).stream()
                .collect(java.util.stream.Collectors.toMap(Scorecard::id, s -> s));
    }

    public List<Scorecard> submittedInCall(UUID callId) {
        return scorecards.findByCallId(callId).stream().filter(Scorecard::submitted).toList();
    }

    /** Staff take a review out of every aggregate, with a reason; audited. */
    @Transactional
    public void invalidate(UUID assignmentId, String reason, Actor actor) {
        BureauOnly.require(actor);
        Scorecard card = scorecards.findById(assignmentId).orElseThrow(() -> new NotFound("review-scorecard",
                assignmentId));
        card.invalidate(reason, actor.displayName(), clock.instant());
        scorecards.save(card);
        audit.record(actor, "review-scorecard", assignmentId, "INVALIDATE", card.invalidReason());
    }

    /** The bureau sets a call's sheet; refused once a review in the call has been submitted. */
    @Transactional
    public void configureSheet(UUID callId, List<SheetCriterion> criteria, Actor actor) {
        BureauOnly.require(actor);
        ScoreSheet sheet = ScoreSheet.of(criteria);
        if (sheets.locked(callId)) {
            throw new RuleViolation("review.sheet.locked");
        }
        sheets.store(callId, sheet);
        audit.record(actor, "review-score-sheet", callId, "CONFIGURE", sheet.criteria().stream()
                .map(c -> c.criterion() + ":" + c.weight().toPlainString() + ":" + c.maxScore())
                .collect(java.util.stream.Collectors.joining(";")));
    }

    private Scorecard open(ReviewAssignment assignment) {
        return Scorecard.open(assignment.id(), assignment.proposalId(),
                proposals.summary(assignment.proposalId()).callId(), assignment.expertAccountId());
    }
}
