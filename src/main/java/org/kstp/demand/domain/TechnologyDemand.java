package org.kstp.demand.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.Money;
import org.kstp.common.RuleViolation;
import org.kstp.common.TransitionTable;
import org.kstp.demand.DemandLink;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A technology demand and its lifecycle. Every change of status goes through {@link #apply}, which
 * consults {@link #LIFECYCLE} and appends to the history; links to calls are kept with the demand so
 * its page can show where it went.
 */
@Table("demand_technology_demand")
public class TechnologyDemand {

    public static final TransitionTable<DemandStatus, DemandAction> LIFECYCLE =
            TransitionTable.of(DemandStatus.class, DemandAction.class)
                    .allow(DemandAction.VET, DemandStatus.VETTED, DemandStatus.SUBMITTED)
                    .allow(DemandAction.PUBLISH, DemandStatus.PUBLISHED, DemandStatus.VETTED)
                    .allow(DemandAction.UNPUBLISH, DemandStatus.VETTED, DemandStatus.PUBLISHED)
                    .allow(DemandAction.REJECT, DemandStatus.REJECTED, DemandStatus.SUBMITTED, DemandStatus.VETTED)
                    .allow(DemandAction.MERGE, DemandStatus.MERGED,
                            DemandStatus.SUBMITTED, DemandStatus.VETTED, DemandStatus.PUBLISHED)
                    // Once public, a demand is a public record: only the bureau may take it down.
                    .allow(DemandAction.WITHDRAW, DemandStatus.WITHDRAWN, DemandStatus.SUBMITTED, DemandStatus.VETTED);

    @Id
    private final UUID id;
    private final String title;
    private final String problem;
    private final String industryCode;
    private final String gbtIndustryCode;
    private final String countyCode;
    private final String expectedOutcome;
    private final BigDecimal coFunding;
    private final String contactName;
    private final String contactPhone;
    private final String contactEmail;
    private final UUID organisationId;
    private final UUID submittedBy;
    private final String submitterName;
    private DemandStatus status;
    private UUID mergedIntoId;
    private final Instant submittedAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "demand_id", keyColumn = "position")
    private final List<DemandStatusChange> history;
    @MappedCollection(idColumn = "demand_id")
    private final Set<CallLink> callLinks;
    @Version
    private Long version;

    TechnologyDemand(UUID id, String title, String problem, String industryCode, String gbtIndustryCode,
                     String countyCode, String expectedOutcome, BigDecimal coFunding, String contactName,
                     String contactPhone, String contactEmail, UUID organisationId, UUID submittedBy,
                     String submitterName, DemandStatus status, UUID mergedIntoId, Instant submittedAt,
                     Instant updatedAt, List<DemandStatusChange> history, Set<CallLink> callLinks, Long version) {
        this.id = id;
        this.title = title;
        this.problem = problem;
        this.industryCode = industryCode;
        this.gbtIndustryCode = gbtIndustryCode;
        this.countyCode = countyCode;
        this.expectedOutcome = expectedOutcome;
        this.coFunding = coFunding;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.contactEmail = contactEmail;
        this.organisationId = organisationId;
        this.submittedBy = submittedBy;
        this.submitterName = submitterName;
        this.status = status;
        this.mergedIntoId = mergedIntoId;
        this.submittedAt = submittedAt;
        this.updatedAt = updatedAt;
        this.history = new ArrayList<>(history);
        this.callLinks = new HashSet<>(callLinks);
        this.version = version;
    }

    /**
     * Records a submitted demand. The organisation is the submitter's own (null for a county bureau,
     * which submits for its county); the caller has settled who may submit for what.
     */
    public static TechnologyDemand submit(DemandContent c, UUID organisationId, Actor submitter, Instant now) {
        for (String required : new String[] {c.title(), c.problem(), c.industryCode(), c.countyCode(),
                c.expectedOutcome(), c.contactName(), c.contactPhone()}) {
            if (required == null || required.isBlank()) {
                throw new RuleViolation("demand.submit.incomplete");
            }
        }
        return new TechnologyDemand(UUID.randomUUID(), c.title().trim(), c.problem().trim(), c.industryCode(),
                blankToNull(c.gbtIndustryCode()), c.countyCode(), c.expectedOutcome().trim(),
                Money.yuan(c.coFunding()), c.contactName().trim(), c.contactPhone().trim(),
                blankToNull(c.contactEmail()), organisationId, submitter.accountId(), submitter.displayName(),
                DemandStatus.SUBMITTED, null, now, now, List.of(), Set.of(), null);
    }

    /** A lifecycle action other than merging, which needs the demand it merges into. */
    public void act(DemandAction action, Actor actor, String comment, Instant now) {
        if (action == DemandAction.MERGE) {
            throw new RuleViolation("demand.merge.targetRequired");
        }
        apply(action, actor, comment, now);
    }

    /**
     * Folds this demand into another, open one: the target carries the need on, and this one keeps
     * a reference to it so its page (and its submitter) can follow where it went.
     */
    public void mergeInto(TechnologyDemand target, Actor actor, String comment, Instant now) {
        if (target.id.equals(id)) {
            throw new RuleViolation("demand.merge.self");
        }
        if (!DemandStatus.OPEN.contains(target.status)) {
            throw new RuleViolation("demand.merge.targetClosed", TransitionTable.labelKey("demand", target.status));
        }
        apply(DemandAction.MERGE, actor, comment, now);
        mergedIntoId = target.id;
    }

    private void apply(DemandAction action, Actor actor, String comment, Instant now) {
        DemandStatus to = LIFECYCLE.require(status, action, "demand");
        boolean noComment = comment == null || comment.isBlank();
        if (DemandAction.NEED_REASON.contains(action) && noComment) {
            throw new RuleViolation("demand.action.reasonRequired");
        }
        history.add(new DemandStatusChange(status, to, action, actor.accountId(), actor.displayName(),
                noComment ? null : comment.trim(), now));
        status = to;
        updatedAt = now;
    }

    /** Links the demand to a whole call it feeds. */
    public void linkCall(UUID callId, Actor actor, Instant now) {
        linkCall(callId, null, actor, now);
    }

    /**
     * Links the demand to the call item it feeds (null: the whole call); only a demand the bureau has
     * accepted can feed a call, and each item once.
     */
    public void linkCall(UUID callId, UUID callItemId, Actor actor, Instant now) {
        if (!DemandStatus.LINKABLE.contains(status)) {
            throw new RuleViolation("demand.link.notLinkable", TransitionTable.labelKey("demand", status));
        }
        DemandLink target = new DemandLink(callId, callItemId);
        if (links().contains(target)) {
            throw new RuleViolation("demand.link.duplicate");
        }
        callLinks.add(new CallLink(callId, callItemId, actor.accountId(), actor.displayName(), now));
        updatedAt = now;
    }

    public void unlinkCall(UUID callId, Instant now) {
        unlinkCall(callId, null, now);
    }

    /** Removes a link made by mistake; the audit log keeps that it existed. */
    public void unlinkCall(UUID callId, UUID callItemId, Instant now) {
        DemandLink target = new DemandLink(callId, callItemId);
        if (!callLinks.removeIf(link -> link.target().equals(target))) {
            throw new RuleViolation("demand.link.missing");
        }
        updatedAt = now;
    }

    /** The call items and calls the demand feeds. */
    public List<DemandLink> links() {
        return callLinks.stream().map(CallLink::target).toList();
    }

    public Set<DemandAction> allowedActions() {
        return LIFECYCLE.actionsFrom(status);
    }

    public Set<UUID> linkedCallIds() {
        Set<UUID> ids = new HashSet<>();
        callLinks.forEach(link -> ids.add(link.callId()));
        return ids;
    }

    /** Submitted by a county bureau for its county, rather than by an organisation. */
    public boolean fromCountyBureau() {
        return organisationId == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public UUID id() { return id; }
    public String title() { return title; }
    public String problem() { return problem; }
    public String industryCode() { return industryCode; }
    public String gbtIndustryCode() { return gbtIndustryCode; }
    public String countyCode() { return countyCode; }
    public String expectedOutcome() { return expectedOutcome; }
    public BigDecimal coFunding() { return coFunding; }
    public String contactName() { return contactName; }
    public String contactPhone() { return contactPhone; }
    public String contactEmail() { return contactEmail; }
    public UUID organisationId() { return organisationId; }
    public UUID submittedBy() { return submittedBy; }
    public String submitterName() { return submitterName; }
    public DemandStatus status() { return status; }
    public UUID mergedIntoId() { return mergedIntoId; }
    public Instant submittedAt() { return submittedAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<DemandStatusChange> history() { return List.copyOf(history); }
    public List<CallLink> callLinks() {
        return callLinks.stream().sorted(Comparator.comparing(CallLink::linkedAt)).toList();
    }
}
