package org.kstp.project.domain;

import static org.kstp.project.domain.ProjectAction.*;
import static org.kstp.project.domain.ProjectStatus.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kstp.common.Actor;
import org.kstp.common.Money;
import org.kstp.common.RuleViolation;
import org.kstp.common.TransitionTable;
import org.kstp.proposal.ProposalApproved;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A funded project, born from an approved proposal in AGREEMENT_PENDING with the approved amount.
 * It holds its disbursements and the integrity alerts that may hold them back: a sanction against
 * the PI or host blocks every disbursement until staff decide, and the aggregate refuses a payment
 * while any alert blocks, naming the record.
 */
@Table("project")
public class Project {

    /** One rectification round only: RECTIFICATION may go back to acceptance once, then pass or fail. */
    public static final TransitionTable<ProjectStatus, ProjectAction> LIFECYCLE =
            TransitionTable.of(ProjectStatus.class, ProjectAction.class)
                    .allow(SIGN_AGREEMENT, IN_PROGRESS, AGREEMENT_PENDING)
                    .allow(REQUEST_ACCEPTANCE, ACCEPTANCE_REQUESTED, IN_PROGRESS)
                    .allow(START_ACCEPTANCE, UNDER_ACCEPTANCE, ACCEPTANCE_REQUESTED)
                    .allow(PASS_ACCEPTANCE, ProjectStatus.ACCEPTED, UNDER_ACCEPTANCE, RECTIFICATION)
                    .allow(REQUIRE_RECTIFICATION, RECTIFICATION, UNDER_ACCEPTANCE)
                    .allow(FAIL_ACCEPTANCE, FAILED, UNDER_ACCEPTANCE, RECTIFICATION)
                    .allow(SUSPEND, SUSPENDED, IN_PROGRESS)
                    .allow(RESUME, IN_PROGRESS, SUSPENDED)
                    .allow(TERMINATE, TERMINATED, IN_PROGRESS, SUSPENDED)
                    .allow(CLOSE, CLOSED, ProjectStatus.ACCEPTED, FAILED, TERMINATED);

    @Id
    private final UUID id;
    private final UUID proposalId;
    private final UUID callId;
    private final String trackingNumber;
    private final String title;
    private final UUID hostOrganisationId;
    private final UUID piAccountId;
    private final String piName;
    private final String countyCode;
    private final BigDecimal approvedAmount;
    private final LocalDate dueOn;
    @MappedCollection(idColumn = "project_id")
    private final Set<ProjectMember> members;
    private ProjectStatus status;
    private final Instant createdAt;
    @MappedCollection(idColumn = "project_id", keyColumn = "position")
    private final List<ProjectStatusChange> history;
    @MappedCollection(idColumn = "project_id", keyColumn = "position")
    private final List<SanctionAlert> alerts;
    @MappedCollection(idColumn = "project_id", keyColumn = "position")
    private final List<Disbursement> disbursements;
    @Version
    private Long version;

    Project(UUID id, UUID proposalId, UUID callId, String trackingNumber, String title, UUID hostOrganisationId,
            UUID piAccountId, String piName, String countyCode, BigDecimal approvedAmount, LocalDate dueOn,
            Set<ProjectMember> members, ProjectStatus status, Instant createdAt, List<ProjectStatusChange> history,
            List<SanctionAlert> alerts, List<Disbursement> disbursements, Long version) {
        this.id = id;
        this.proposalId = proposalId;
        this.callId = callId;
        this.trackingNumber = trackingNumber;
        this.title = title;
        this.hostOrganisationId = hostOrganisationId;
        this.piAccountId = piAccountId;
        this.piName = piName;
        this.countyCode = countyCode;
        this.approvedAmount = approvedAmount;
        this.dueOn = dueOn;
        this.members = Set.copyOf(members);
        this.status = status;
        this.createdAt = createdAt;
        this.history = new ArrayList<>(history);
        this.alerts = new ArrayList<>(alerts);
        this.disbursements = new ArrayList<>(disbursements);
        this.version = version;
    }

    public static Project award(ProposalApproved approved, Instant now) {
        return new Project(UUID.randomUUID(), approved.proposalId(), approved.callId(), approved.trackingNumber(),
                approved.title(), approved.hostOrganisationId(), approved.piAccountId(), approved.piName(),
                approved.countyCode(), approved.approvedAmount(), approved.plannedEndOn(),
                approved.team().stream().map(m -> new ProjectMember(m.personId(), m.accountId()))
                        .collect(Collectors.toSet()),
                AGREEMENT_PENDING, now, List.of(), List.of(), List.of(), null);
    }

    public void apply(ProjectAction action, Actor actor, String comment, Instant now) {
        ProjectStatus to = LIFECYCLE.require(status, action, "project");
        history.add(new ProjectStatusChange(status, to, action, actor.accountId(), actor.displayName(), comment, now));
        status = to;
    }

    /** Statuses in which money may still flow, so a new sanction must be looked at. */
    public static final Set<ProjectStatus> RUNNING = Set.of(AGREEMENT_PENDING, IN_PROGRESS, ACCEPTANCE_REQUESTED,
            UNDER_ACCEPTANCE, RECTIFICATION, SUSPENDED);

    /** Raises an alert for a record that now applies to the PI or host; false if this record already raised one. */
    public boolean raiseAlert(SanctionAlert alert) {
        if (alerts.stream().anyMatch(a -> a.recordId().equals(alert.recordId()))) {
            return false;
        }
        alerts.add(alert);
        return true;
    }

    /**
     * Records staff's decision on an alert. Suspending or terminating moves the project too (and is
     * refused where its lifecycle does not allow it); continuing a suspended project resumes it.
     */
    public void decide(UUID recordId, SanctionDecision decision, String note, Actor actor, Instant now) {
        SanctionAlert alert = alerts.stream().filter(a -> a.recordId().equals(recordId)).findFirst()
                .orElseThrow(() -> new RuleViolation("project.alert.unknown"));
        ProjectAction follows = switch (decision) {
            case SUSPEND -> SUSPEND;
            case TERMINATE -> TERMINATE;
            case CONTINUE -> status == ProjectStatus.SUSPENDED && alert.status() == SanctionAlertStatus.SUSPENDED
                    ? RESUME : null;
        };
        if (follows != null) {
            LIFECYCLE.require(status, follows, "project");
        }
        alert.decide(decision, note, actor, now);
        if (follows != null) {
            apply(follows, actor, note, now);
        }
    }

    /** The first alert that holds disbursements, if any. */
    public Optional<SanctionAlert> blockingAlert() {
        return alerts.stream().filter(SanctionAlert::blocksDisbursement).findFirst();
    }

    /**
     * Pays part of the approved amount. Refused unless the project is in progress, while an
     * integrity alert blocks (naming the record), and beyond what remains of the approved amount.
     */
    public void disburse(BigDecimal amount, String note, Actor actor, Instant now) {
        if (status != IN_PROGRESS) {
            throw new RuleViolation("project.disbursement.notInProgress");
        }
        blockingAlert().ifPresent(a -> {
            throw new RuleViolation("project.disbursement.blocked", a.issuer(), a.documentNumber());
        });
        BigDecimal yuan = Money.yuan(amount);
        if (yuan.signum() <= 0) {
            throw new RuleViolation("project.disbursement.positive");
        }
        if (yuan.compareTo(remaining()) > 0) {
            throw new RuleViolation("project.disbursement.overApproved", remaining().toPlainString());
        }
        disbursements.add(new Disbursement(yuan, note == null || note.isBlank() ? null : note.trim(),
                actor.accountId(), actor.displayName(), now));
    }

    public BigDecimal disbursed() {
        return disbursements.stream().map(Disbursement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal remaining() {
        return approvedAmount.subtract(disbursed());
    }

    public Set<ProjectAction> possibleActions() {
        return LIFECYCLE.actionsFrom(status);
    }

    public UUID id() { return id; }
    public UUID proposalId() { return proposalId; }
    public String trackingNumber() { return trackingNumber; }
    public String title() { return title; }
    public UUID hostOrganisationId() { return hostOrganisationId; }
    public UUID piAccountId() { return piAccountId; }
    public String piName() { return piName; }
    public String countyCode() { return countyCode; }
    public BigDecimal approvedAmount() { return approvedAmount; }
    public ProjectStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public LocalDate dueOn() { return dueOn; }
    public List<ProjectStatusChange> history() { return List.copyOf(history); }
    public List<SanctionAlert> alerts() { return List.copyOf(alerts); }
    public List<Disbursement> disbursements() { return List.copyOf(disbursements); }
}
