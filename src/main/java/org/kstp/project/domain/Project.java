package org.kstp.project.domain;

import static org.kstp.project.domain.ProjectAction.*;
import static org.kstp.project.domain.ProjectStatus.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kstp.common.Actor;
import org.kstp.common.TransitionTable;
import org.kstp.proposal.ProposalApproved;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A funded project, born from an approved proposal in AGREEMENT_PENDING with the approved amount. */
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
    @Version
    private Long version;

    Project(UUID id, UUID proposalId, UUID callId, String trackingNumber, String title, UUID hostOrganisationId,
            UUID piAccountId, String piName, String countyCode, BigDecimal approvedAmount, LocalDate dueOn,
            Set<ProjectMember> members, ProjectStatus status, Instant createdAt, List<ProjectStatusChange> history,
            Long version) {
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
        this.version = version;
    }

    public static Project award(ProposalApproved approved, Instant now) {
        return new Project(UUID.randomUUID(), approved.proposalId(), approved.callId(), approved.trackingNumber(),
                approved.title(), approved.hostOrganisationId(), approved.piAccountId(), approved.piName(),
                approved.countyCode(), approved.approvedAmount(), approved.plannedEndOn(),
                approved.teamAccountIds().stream().map(ProjectMember::new).collect(Collectors.toSet()),
                AGREEMENT_PENDING, now, List.of(), null);
    }

    public void apply(ProjectAction action, Actor actor, String comment, Instant now) {
        ProjectStatus to = LIFECYCLE.require(status, action, "project");
        history.add(new ProjectStatusChange(status, to, action, actor.accountId(), actor.displayName(), comment, now));
        status = to;
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
}
