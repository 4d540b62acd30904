package org.kstp.proposal.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.Money;
import org.kstp.common.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A proposal and its lifecycle. Every change of status goes through {@link #apply}, which consults
 * the transition table and the call's routing stages and appends to the history.
 */
@Table("proposal")
public class Proposal {

    @Id
    private final UUID id;
    private final UUID callId;
    private String trackingNumber;
    private String title;
    private String summary;
    private String keywords;
    private String planTaskCode;
    private String industryCode;
    private String countyCode;
    private BigDecimal requestedAmount;
    private BigDecimal approvedAmount;
    private BigDecimal indirectAmount;
    private LocalDate plannedEndOn;
    private UUID callItemId;
    private String disciplineCode;
    private LocalDate plannedStartOn;
    private final UUID hostOrganisationId;
    private final UUID piAccountId;
    private final String piName;
    private ProposalStatus status;
    private Instant submittedAt;
    private final Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "proposal_id", keyColumn = "position")
    private List<TeamMember> team;
    @MappedCollection(idColumn = "proposal_id", keyColumn = "position")
    private List<BudgetLine> budgetLines;
    @MappedCollection(idColumn = "proposal_id", keyColumn = "position")
    private List<CoFunding> coFunding;
    @MappedCollection(idColumn = "proposal_id", keyColumn = "position")
    private List<Partner> partners;
    @MappedCollection(idColumn = "proposal_id", keyColumn = "position")
    private List<AssessableIndicator> indicators;
    @MappedCollection(idColumn = "proposal_id", keyColumn = "position")
    private List<Milestone> milestones;
    @MappedCollection(idColumn = "proposal_id", keyColumn = "position")
    private final List<ProposalStatusChange> history;
    @Version
    private Long version;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Proposal(UUID id, UUID callId, String trackingNumber, String title, String summary, String keywords,
             String planTaskCode, String industryCode, String countyCode, BigDecimal requestedAmount,
             BigDecimal approvedAmount, BigDecimal indirectAmount, LocalDate plannedEndOn, UUID callItemId,
             String disciplineCode, LocalDate plannedStartOn, UUID hostOrganisationId,
             UUID piAccountId, String piName, ProposalStatus status, Instant submittedAt, Instant createdAt,
             Instant updatedAt, List<TeamMember> team, List<BudgetLine> budgetLines, List<CoFunding> coFunding,
             List<Partner> partners, List<AssessableIndicator> indicators, List<Milestone> milestones,
             List<ProposalStatusChange> history, Long version) {
        this.id = id;
        this.callId = callId;
        this.trackingNumber = trackingNumber;
        this.title = title;
        this.summary = summary;
        this.keywords = keywords;
        this.planTaskCode = planTaskCode;
        this.industryCode = industryCode;
        this.countyCode = countyCode;
        this.requestedAmount = requestedAmount;
        this.approvedAmount = approvedAmount;
        this.indirectAmount = indirectAmount;
        this.plannedEndOn = plannedEndOn;
        this.callItemId = callItemId;
        this.disciplineCode = disciplineCode;
        this.plannedStartOn = plannedStartOn;
        this.hostOrganisationId = hostOrganisationId;
        this.piAccountId = piAccountId;
        this.piName = piName;
        this.status = status;
        this.submittedAt = submittedAt;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.team = new ArrayList<>(team);
        this.budgetLines = new ArrayList<>(budgetLines);
        this.coFunding = new ArrayList<>(coFunding);
        this.partners = new ArrayList<>(partners);
        this.indicators = new ArrayList<>(indicators);
        this.milestones = new ArrayList<>(milestones);
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    /**
     * Starts a draft for the PI, hosted by the PI's own organisation and placed in that organisation's
     * county (null for a host outside the prefecture, until the bureau decides).
     */
    public static Proposal draft(UUID callId, Actor pi, String hostCounty, ProposalContent content, Instant now) {
        if (pi.organisationId() == null) {
            throw new RuleViolation("proposal.draft.noOrganisation");
        }
        Proposal proposal = new Proposal(UUID.randomUUID(), callId, null, null, null, null, null, null, hostCounty,
                null, null, null, null, null, null, null, pi.organisationId(), pi.accountId(), pi.displayName(),
                ProposalStatus.DRAFT, null, now, now, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null);
        proposal.edit(content, now);
        return proposal;
    }

    /** Replaces the content; only while the PI holds the pen (draft or returned for revision). */
    public void edit(ProposalContent content, Instant now) {
        if (!isEditable()) {
            throw new RuleViolation("proposal.edit.notEditable");
        }
        if (content.title() == null || content.title().isBlank()) {
            throw new RuleViolation("proposal.field.title.required");
        }
        title = content.title().trim();
        summary = content.summary();
        keywords = content.keywords();
        planTaskCode = content.planTaskCode();
        industryCode = content.industryCode();
        requestedAmount = content.requestedAmount() == null ? null : Money.yuan(content.requestedAmount());
        team = new ArrayList<>(content.team());
        budgetLines = new ArrayList<>(content.budget().lines());
        coFunding = new ArrayList<>(content.budget().coFunding());
        indirectAmount = content.budget().lines().isEmpty() ? null : Money.yuan(content.budget().indirect());
        plannedEndOn = content.plannedEndOn();
        ProposalDetail detail = content.detail();
        callItemId = detail.callItemId();
        disciplineCode = detail.disciplineCode();
        plannedStartOn = detail.plannedStartOn();
        partners = new ArrayList<>(detail.partners());
        indicators = new ArrayList<>(detail.indicators());
        milestones = new ArrayList<>(detail.milestones());
        updatedAt = now;
    }

    /**
     * Applies a lifecycle action after the table, the call's stages and (for submission) the
     * checklist have agreed. The tracking number is given at first submission and kept for life.
     */
    void apply(ProposalAction action, RoutingStages stages, Actor actor, String comment, Instant now) {
        ProposalStatus to = ProposalLifecycle.TABLE.require(status, action, "proposal");
        if (!stages.permits(status, action)) {
            throw new RuleViolation("proposal.action.stageOff", "proposal.ProposalAction." + action.name());
        }
        if (ProposalAction.NEED_REASON.contains(action) && (comment == null || comment.isBlank())) {
            throw new RuleViolation("proposal.action.reasonRequired");
        }
        if (action == ProposalAction.SUBMIT) {
            submittedAt = now;
        }
        history.add(new ProposalStatusChange(status, to, action, actor.accountId(), actor.displayName(),
                comment == null || comment.isBlank() ? null : comment.trim(), now));
        status = to;
        updatedAt = now;
    }

    void assignTrackingNumber(String number) {
        if (trackingNumber == null) {
            trackingNumber = number;
        }
    }

    /** Approval fixes the amount granted; it may not exceed what was asked for. */
    void approve(BigDecimal amount, RoutingStages stages, Actor actor, Instant now) {
        BigDecimal granted = Money.yuan(amount);
        if (granted.signum() <= 0 || requestedAmount == null || granted.compareTo(requestedAmount) > 0) {
            throw new RuleViolation("proposal.approve.amount", requestedAmount);
        }
        apply(ProposalAction.APPROVE, stages, actor, granted.toPlainString(), now);
        approvedAmount = granted;
    }

    /** The actions the lifecycle and the call's stages allow now, before asking who may do them. */
    public Set<ProposalAction> possibleActions(RoutingStages stages) {
        Set<ProposalAction> result = EnumSet.noneOf(ProposalAction.class);
        for (ProposalAction action : ProposalLifecycle.TABLE.actionsFrom(status)) {
            if (stages.permits(status, action)) {
                result.add(action);
            }
        }
        return result;
    }

    /**
     * The bureau's decision on the county of a proposal whose host lies outside the prefecture (its own
     * county cannot say); only before a county has acted on it, so no county's quota changes under it.
     */
    public void assignCounty(String code, Instant now) {
        if (!isEditable() && status != ProposalStatus.SUBMITTED && status != ProposalStatus.ENDORSED) {
            throw new RuleViolation("proposal.county.tooLate");
        }
        countyCode = code;
        updatedAt = now;
    }

    public boolean isEditable() {
        return status == ProposalStatus.DRAFT || status == ProposalStatus.RETURNED;
    }

    /** True for the PI and for team members who have accounts. */
    public boolean isOnTeam(UUID accountId) {
        return piAccountId.equals(accountId) || team.stream().anyMatch(m -> accountId.equals(m.accountId()));
    }

    public UUID id() { return id; }
    public UUID callId() { return callId; }
    public String trackingNumber() { return trackingNumber; }
    public String title() { return title; }
    public String summary() { return summary; }
    public String keywords() { return keywords; }
    public String planTaskCode() { return planTaskCode; }
    public String industryCode() { return industryCode; }
    public String countyCode() { return countyCode; }
    public BigDecimal requestedAmount() { return requestedAmount; }
    public BigDecimal approvedAmount() { return approvedAmount; }
    public UUID hostOrganisationId() { return hostOrganisationId; }
    public UUID piAccountId() { return piAccountId; }
    public String piName() { return piName; }
    public ProposalStatus status() { return status; }
    public Instant submittedAt() { return submittedAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<TeamMember> team() { return List.copyOf(team); }
    public Budget budget() { return new Budget(budgetLines, indirectAmount, coFunding); }
    public LocalDate plannedEndOn() { return plannedEndOn; }
    public UUID callItemId() { return callItemId; }
    public String disciplineCode() { return disciplineCode; }
    public LocalDate plannedStartOn() { return plannedStartOn; }
    public List<Partner> partners() { return List.copyOf(partners); }
    public List<AssessableIndicator> indicators() { return List.copyOf(indicators); }
    public List<Milestone> milestones() { return List.copyOf(milestones); }
    public ProposalDetail detail() {
        return new ProposalDetail(callItemId, disciplineCode, plannedStartOn, partners, indicators, milestones);
    }
    public Long version() { return version; }
    public List<ProposalStatusChange> history() { return List.copyOf(history); }
}
