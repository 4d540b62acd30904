package org.kstp.review.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.RuleViolation;
import org.kstp.review.domain.ScoreCriterion;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One expert's scorecard on one assignment (same id): a draft the expert may save any number of
 * times, then submitted once, after the confidentiality pledge. Staff may later mark it invalid with
 * a reason, which takes it out of every aggregate but keeps it on record.
 */
@Table("review_scorecard")
public class Scorecard {

    @Id
    private final UUID id;
    private final UUID proposalId;
    private final UUID callId;
    private final UUID expertAccountId;
    @MappedCollection(idColumn = "scorecard_id")
    private Set<CriterionScore> scores;
    private String opinion;
    private Recommendation recommendation;
    private BigDecimal total;
    private Instant pledgedAt;
    private Instant savedAt;
    private Instant submittedAt;
    private String invalidReason;
    private Instant invalidatedAt;
    private String invalidatedBy;
    @Version
    private Long version;

    Scorecard(UUID id, UUID proposalId, UUID callId, UUID expertAccountId, Set<CriterionScore> scores, String opinion,
              Recommendation recommendation, BigDecimal total, Instant pledgedAt, Instant savedAt, Instant submittedAt,
              String invalidReason, Instant invalidatedAt, String invalidatedBy, Long version) {
        this.id = id;
        this.proposalId = proposalId;
        this.callId = callId;
        this.expertAccountId = expertAccountId;
        this.scores = new HashSet<>(scores);
        this.opinion = opinion;
        this.recommendation = recommendation;
        this.total = total;
        this.pledgedAt = pledgedAt;
        this.savedAt = savedAt;
        this.submittedAt = submittedAt;
        this.invalidReason = invalidReason;
        this.invalidatedAt = invalidatedAt;
        this.invalidatedBy = invalidatedBy;
        this.version = version;
    }

    public static Scorecard open(UUID assignmentId, UUID proposalId, UUID callId, UUID expertAccountId) {
        return new Scorecard(assignmentId, proposalId, callId, expertAccountId, Set.of(), null, null, null, null,
                null, null, null, null, null, null);
    }

    /** Keeps whatever the expert has typed so far; nothing is checked but the scales, nothing counts yet. */
    public void saveDraft(ScoreSheet sheet, Map<ScoreCriterion, Integer> draft, String opinion,
                          Recommendation recommendation, Instant now) {
        requireDraft();
        Set<CriterionScore> kept = new HashSet<>();
        for (SheetCriterion c : sheet.criteria()) {
            Integer score = draft.get(c.criterion());
            if (score != null && score >= 0 && score <= c.maxScore()) {
                kept.add(new CriterionScore(c.criterion(), score));
            }
        }
        this.scores = kept;
        this.opinion = opinion == null ? null : opinion.strip();
        this.recommendation = recommendation;
        this.savedAt = now;
    }

    /**
     * Submits the scorecard: every criterion of the sheet scored within its scale, an opinion, a
     * recommendation and the confidentiality pledge; the total is fixed here, on the sheet in force.
     */
    public void submit(ScoreSheet sheet, Map<ScoreCriterion, Integer> scored, String opinion,
                       Recommendation recommendation, boolean pledged, Instant now) {
        requireDraft();
        BigDecimal weighted = sheet.total(scored);
        if (opinion == null || opinion.isBlank()) {
            throw new RuleViolation("review.score.opinionRequired");
        }
        if (recommendation == null) {
            throw new RuleViolation("review.score.recommendationRequired");
        }
        if (!pledged) {
            throw new RuleViolation("review.score.pledgeRequired");
        }
        saveDraft(sheet, scored, opinion, recommendation, now);
        this.total = weighted;
        this.pledgedAt = now;
        this.submittedAt = now;
    }

    /** Staff take a submitted review out of the aggregates, with a reason; it stays on record. */
    public void invalidate(String reason, String by, Instant now) {
        if (submittedAt == null) {
            throw new RuleViolation("review.invalid.notSubmitted");
        }
        if (invalidatedAt != null) {
            throw new RuleViolation("review.invalid.already");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("review.invalid.reasonRequired");
        }
        this.invalidReason = reason.strip();
        this.invalidatedBy = by;
        this.invalidatedAt = now;
    }

    private void requireDraft() {
        if (submittedAt != null) {
            throw new RuleViolation("review.score.alreadySubmitted");
        }
    }

    public Map<ScoreCriterion, Integer> scoreMap() {
        Map<ScoreCriterion, Integer> map = new EnumMap<>(ScoreCriterion.class);
        scores.forEach(s -> map.put(s.criterion(), s.score()));
        return map;
    }

    public boolean submitted() { return submittedAt != null; }
    public boolean valid() { return submittedAt != null && invalidatedAt == null; }
    public UUID id() { return id; }
    public UUID proposalId() { return proposalId; }
    public UUID callId() { return callId; }
    public UUID expertAccountId() { return expertAccountId; }
    public String opinion() { return opinion; }
    public Recommendation recommendation() { return recommendation; }
    public BigDecimal total() { return total; }
    public Instant pledgedAt() { return pledgedAt; }
    public Instant savedAt() { return savedAt; }
    public Instant submittedAt() { return submittedAt; }
    public String invalidReason() { return invalidReason; }
    public Instant invalidatedAt() { return invalidatedAt; }
    public String invalidatedBy() { return invalidatedBy; }
}
