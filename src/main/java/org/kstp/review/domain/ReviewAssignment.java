package org.kstp.review.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.kstp.common.RuleViolation;
import org.kstp.common.TransitionTable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One expert's review of one proposal: the assignment and, once submitted, the score sheet. */
@Table("review_assignment")
public class ReviewAssignment {

    public static final TransitionTable<AssignmentStatus, AssignmentAction> LIFECYCLE =
            TransitionTable.of(AssignmentStatus.class, AssignmentAction.class)
                    .allow(AssignmentAction.SUBMIT_SCORES, AssignmentStatus.SUBMITTED, AssignmentStatus.ASSIGNED);

    @Id
    private final UUID id;
    private final UUID proposalId;
    private final UUID expertAccountId;
    private final String expertName;
    private AssignmentStatus status;
    private Integer scientificValue;
    private Integer innovation;
    private Integer feasibility;
    private Integer team;
    private BigDecimal total;
    private String opinion;
    private final Instant assignedAt;
    private Instant submittedAt;
    private Instant declaredAt;
    @Version
    private Long version;

    ReviewAssignment(UUID id, UUID proposalId, UUID expertAccountId, String expertName, AssignmentStatus status,
                     Integer scientificValue, Integer innovation, Integer feasibility, Integer team,
                     BigDecimal total, String opinion, Instant assignedAt, Instant submittedAt, Instant declaredAt,
                     Long version) {
        this.id = id;
        this.proposalId = proposalId;
        this.expertAccountId = expertAccountId;
        this.expertName = expertName;
        this.status = status;
        this.scientificValue = scientificValue;
        this.innovation = innovation;
        this.feasibility = feasibility;
        this.team = team;
        this.total = total;
        this.opinion = opinion;
        this.assignedAt = assignedAt;
        this.submittedAt = submittedAt;
        this.declaredAt = declaredAt;
        this.version = version;
    }

    public static ReviewAssignment assign(UUID proposalId, UUID expertAccountId, String expertName, Instant now) {
        return new ReviewAssignment(UUID.randomUUID(), proposalId, expertAccountId, expertName,
                AssignmentStatus.ASSIGNED, null, null, null, null, null, null, now, null, null, null);
    }

    /** The expert states there is no conflict of interest; only then does the proposal's content open. */
    public void declareNoConflict(Instant now) {
        if (declaredAt == null) {
            declaredAt = now;
        }
    }

    public boolean declared() {
        return declaredAt != null;
    }

    /**
     * Records that the expert's scorecard is in (its scores live in {@code scoring.Scorecard}, checked
     * against the call's sheet there); only after the no-conflict declaration, and only once.
     */
    public void submit(BigDecimal weightedTotal, String opinion, Instant now) {
        AssignmentStatus to = LIFECYCLE.require(status, AssignmentAction.SUBMIT_SCORES, "review");
        if (declaredAt == null) {
            throw new RuleViolation("review.declaration.required");
        }
        total = weightedTotal;
        this.opinion = opinion;
        submittedAt = now;
        status = to;
    }

    public UUID id() { return id; }
    public UUID proposalId() { return proposalId; }
    public UUID expertAccountId() { return expertAccountId; }
    public String expertName() { return expertName; }
    public AssignmentStatus status() { return status; }
    public Integer scientificValue() { return scientificValue; }
    public Integer innovation() { return innovation; }
    public Integer feasibility() { return feasibility; }
    public Integer team() { return team; }
    public BigDecimal total() { return total; }
    public String opinion() { return opinion; }
    public Instant assignedAt() { return assignedAt; }
    public Instant submittedAt() { return submittedAt; }
    public Instant declaredAt() { return declaredAt; }
}
