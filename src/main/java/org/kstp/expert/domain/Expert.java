package org.kstp.expert.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.TransitionTable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One expert in the pool, keyed by their account (one profile per account). The profile is the
 * expert's to edit; the status is the bureau's, changed only through {@link #apply}.
 */
@Table("expert")
public class Expert {

    public static final TransitionTable<ExpertStatus, ExpertAction> LIFECYCLE =
            TransitionTable.of(ExpertStatus.class, ExpertAction.class)
                    .allow(ExpertAction.APPROVE, ExpertStatus.ACTIVE, ExpertStatus.APPLIED)
                    .allow(ExpertAction.REQUEST_REFRESH, ExpertStatus.REFRESH_DUE, ExpertStatus.ACTIVE)
                    .allow(ExpertAction.CONFIRM_REFRESH, ExpertStatus.ACTIVE, ExpertStatus.REFRESH_DUE)
                    .allow(ExpertAction.SUSPEND, ExpertStatus.SUSPENDED, ExpertStatus.ACTIVE, ExpertStatus.REFRESH_DUE)
                    .allow(ExpertAction.REINSTATE, ExpertStatus.ACTIVE, ExpertStatus.SUSPENDED)
                    .allow(ExpertAction.LEAVE, ExpertStatus.LEFT, ExpertStatus.APPLIED, ExpertStatus.ACTIVE,
                            ExpertStatus.REFRESH_DUE, ExpertStatus.SUSPENDED)
                    .allow(ExpertAction.LEAVE_ON_SANCTION, ExpertStatus.LEFT, ExpertStatus.APPLIED, ExpertStatus.ACTIVE,
                            ExpertStatus.REFRESH_DUE, ExpertStatus.SUSPENDED)
                    .allow(ExpertAction.RETURN_AFTER_SANCTION, ExpertStatus.ACTIVE, ExpertStatus.LEFT);

    /** Statuses in which an expert may be assigned. */
    public static final Set<ExpertStatus> IN_POOL = Set.of(ExpertStatus.ACTIVE, ExpertStatus.REFRESH_DUE);

    @Id
    private final UUID accountId;
    private final String username;
    private final String name;
    private String title;
    private UUID employerOrganisationId;
    private String disciplines;
    private String keywords;
    private String fields;
    private String region;
    private boolean partnerProvince;
    /** The expert's own cap when lower than the pool's; null otherwise (see {@link YearlyCap}). */
    private Integer personalCap;
    private String pastWork;
    private ExpertStatus status;
    private final Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "expert_id", keyColumn = "position")
    private List<Relation> relations;
    @MappedCollection(idColumn = "expert_id", keyColumn = "position")
    private List<Employment> employments;
    @MappedCollection(idColumn = "expert_id", keyColumn = "position")
    private List<Availability> availability;
    @MappedCollection(idColumn = "expert_id", keyColumn = "position")
    private final List<ExpertStatusChange> history;
    @Version
    private Long version;

    Expert(UUID accountId, String username, String name, String title, UUID employerOrganisationId,
           String disciplines, String keywords, String fields, String region, boolean partnerProvince,
           Integer personalCap, String pastWork, ExpertStatus status, Instant createdAt, Instant updatedAt,
           List<Relation> relations, List<Employment> employments, List<Availability> availability,
           List<ExpertStatusChange> history, Long version) {
        this.accountId = accountId;
        this.username = username;
        this.name = name;
        this.title = title;
        this.employerOrganisationId = employerOrganisationId;
        this.disciplines = disciplines;
        this.keywords = keywords;
        this.fields = fields;
        this.region = region;
        this.partnerProvince = partnerProvince;
        this.personalCap = personalCap;
        this.pastWork = pastWork;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.relations = new ArrayList<>(relations);
        this.employments = new ArrayList<>(employments);
        this.availability = new ArrayList<>(availability);
        this.history = new ArrayList<>(history);
        this.version = version;
    }

    /** A new entry, waiting for the bureau's approval. */
    public static Expert enter(UUID accountId, String username, String name, Profile profile, Integer personalCap,
                               Instant now) {
        Expert expert = new Expert(accountId, username, name, null, null, null, null, null, null, false, personalCap,
                null, ExpertStatus.APPLIED, now, now, List.of(), List.of(), List.of(), List.of(), null);
        profile.validate();
        expert.replace(profile, new ArrayList<>(profile.employments()), now);
        return expert;
    }

    /**
     * Replaces the profile. When the employer changes, the old one goes into the employment history
     * (ending on the day of the change, {@code today} in business time), because the same-organisation
     * rule looks years back.
     */
    public void update(Profile profile, Instant now, LocalDate today) {
        profile.validate();
        List<Employment> past = new ArrayList<>(profile.employments());
        if (employerOrganisationId != null && !Objects.equals(employerOrganisationId, profile.employerOrganisationId())
                && past.stream().noneMatch(e -> e.organisationId().equals(employerOrganisationId))) {
            past.add(new Employment(employerOrganisationId, null, today));
        }
        replace(profile, past, now);
    }

    private void replace(Profile profile, List<Employment> past, Instant now) {
        title = profile.title();
        employerOrganisationId = profile.employerOrganisationId();
        disciplines = String.join(",", profile.disciplines());
        keywords = profile.keywords();
        fields = String.join(",", profile.fields());
        region = profile.region();
        partnerProvince = profile.partnerProvince();
        pastWork = profile.pastWork();
        relations = new ArrayList<>(profile.relations());
        employments = past;
        availability = new ArrayList<>(profile.availability());
        updatedAt = now;
    }

    /** Applies a lifecycle action (refused with the status and action named when not allowed) and records it. */
    public void apply(ExpertAction action, Actor actor, String comment, Instant now) {
        ExpertStatus to = LIFECYCLE.require(status, action, "expert");
        history.add(new ExpertStatusChange(status, to, action, actor.accountId(), actor.displayName(), comment, now));
        status = to;
        updatedAt = now;
    }

    /** Out of the pool because the system took them out on a sanction (not of their own accord). */
    public boolean leftOnSanction() {
        return status == ExpertStatus.LEFT && !history.isEmpty()
                && history.getLast().action() == ExpertAction.LEAVE_ON_SANCTION;
    }

    public Set<ExpertAction> allowedActions() {
        return LIFECYCLE.actionsFrom(status);
    }

    public Profile profile() {
        return new Profile(title, employerOrganisationId, disciplines(), keywords, fields(), region, partnerProvince,
                pastWork, relations, employments, availability);
    }

    public List<String> disciplines() {
        return split(disciplines);
    }

    public List<String> fields() {
        return split(fields);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    public UUID accountId() { return accountId; }
    public String username() { return username; }
    public String name() { return name; }
    public String title() { return title; }
    public UUID employerOrganisationId() { return employerOrganisationId; }
    public String keywords() { return keywords; }
    public String region() { return region; }
    public boolean partnerProvince() { return partnerProvince; }
    public Integer personalCap() { return personalCap; }
    public String pastWork() { return pastWork; }
    public ExpertStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<Relation> relations() { return List.copyOf(relations); }
    public List<Employment> employments() { return List.copyOf(employments); }
    public List<Availability> availability() { return List.copyOf(availability); }
    public List<ExpertStatusChange> history() { return List.copyOf(history); }
}
