package org.kstp.program.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.Money;
import org.kstp.common.RuleViolation;
import org.kstp.common.TransitionTable;
import org.kstp.program.BudgetRules;
import org.kstp.program.CallDraft;
import org.kstp.program.CallItemDraft;
import org.kstp.program.ConcurrencyRules;
import org.kstp.program.ConflictRules;
import org.kstp.program.RequiredSection;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A call for proposals: a window, a budget cap, the routing stages it uses, the parts of the proposal
 * form it requires, and its items.
 */
@Table("program_call")
public class Call {

    public static final TransitionTable<CallStatus, CallAction> LIFECYCLE =
            TransitionTable.of(CallStatus.class, CallAction.class)
                    .allow(CallAction.PUBLISH, CallStatus.PUBLISHED, CallStatus.DRAFT)
                    .allow(CallAction.CLOSE, CallStatus.CLOSED, CallStatus.DRAFT, CallStatus.PUBLISHED);

    /** A day: longer than that is an extension, and must be published as one. */
    static final int MAX_GRACE_MINUTES = 1440;

    @Id
    private final UUID id;
    private final UUID programId;
    private final String title;
    private final String guideline;
    private final Instant opensAt;
    private Instant closesAt;
    private int graceMinutes;
    private final BigDecimal budgetCap;
    private final boolean endorsementRequired;
    private final boolean recommendationRequired;
    private final String indirectTiers;
    private final BigDecimal equipmentJustificationThreshold;
    private final int piConcurrencyLimit;
    private final int memberProjectLimit;
    private final int institutionOverdueLimit;
    private final boolean concurrencyExempt;
    private final boolean piLimitCountsMemberships;
    private int conflictSameOrganisationYears;
    private int conflictRelationYears;
    private int conflictCollaborationYears;
    private boolean conflictSameCounty;
    private boolean checkHostLegalRepresentative;
    @MappedCollection(idColumn = "call_id")
    private final Set<CallQuota> quotas;
    @MappedCollection(idColumn = "call_id", keyColumn = "position")
    private final List<CallItem> items;
    private String requiredSections;
    private CallStatus status;
    private final Instant createdAt;
    @MappedCollection(idColumn = "call_id", keyColumn = "position")
    private final List<CallStatusChange> history;
    @MappedCollection(idColumn = "call_id", keyColumn = "position")
    private final List<CallWindowChange> windowChanges;
    @Version
    private Long version;

    Call(UUID id, UUID programId, String title, String guideline, Instant opensAt, Instant closesAt,
         BigDecimal budgetCap, boolean endorsementRequired, boolean recommendationRequired, String indirectTiers,
         BigDecimal equipmentJustificationThreshold, int piConcurrencyLimit, int memberProjectLimit,
         int institutionOverdueLimit, boolean concurrencyExempt, boolean piLimitCountsMemberships,
         int conflictSameOrganisationYears,
         int conflictRelationYears, int conflictCollaborationYears, boolean conflictSameCounty, Set<CallQuota> quotas,
         List<CallItem> items, String requiredSections, CallStatus status, Instant createdAt,
         List<CallStatusChange> history, int graceMinutes, List<CallWindowChange> windowChanges,
         boolean checkHostLegalRepresentative, Long version) {
        this.id = id;
        this.programId = programId;
        this.title = title;
        this.guideline = guideline;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.budgetCap = budgetCap;
        this.endorsementRequired = endorsementRequired;
        this.recommendationRequired = recommendationRequired;
        this.indirectTiers = indirectTiers;
        this.equipmentJustificationThreshold = equipmentJustificationThreshold;
        this.piConcurrencyLimit = piConcurrencyLimit;
        this.memberProjectLimit = memberProjectLimit;
        this.institutionOverdueLimit = institutionOverdueLimit;
        this.concurrencyExempt = concurrencyExempt;
        this.piLimitCountsMemberships = piLimitCountsMemberships;
        this.conflictSameOrganisationYears = conflictSameOrganisationYears;
        this.conflictRelationYears = conflictRelationYears;
        this.conflictCollaborationYears = conflictCollaborationYears;
        this.conflictSameCounty = conflictSameCounty;
        this.quotas = Set.copyOf(quotas);
        this.items = new ArrayList<>(items);
        this.requiredSections = requiredSections == null ? "" : requiredSections;
        this.status = status;
        this.createdAt = createdAt;
        this.history = new ArrayList<>(history);
        this.graceMinutes = graceMinutes;
        this.windowChanges = new ArrayList<>(windowChanges);
        this.checkHostLegalRepresentative = checkHostLegalRepresentative;
        this.version = version;
    }

    /** Drafts a call with today's default conflict-of-interest rules. */
    public static Call draft(UUID programId, CallDraft d, Instant now) {
        return draft(programId, d, ConflictRules.defaults(), now);
    }

    /** Drafts a call; the window must be non-empty, the cap positive and the rules well formed. */
    public static Call draft(UUID programId, CallDraft d, ConflictRules conflict, Instant now) {
        conflict.validated();
        if (!d.opensAt().isBefore(d.closesAt())) {
            throw new RuleViolation("program.call.windowOrder");
        }
        if (Money.yuan(d.budgetCap()).signum() <= 0) {
            throw new RuleViolation("program.call.budgetPositive");
        }
        if (!BudgetRules.isValid(d.indirectTiers())) {
            throw new RuleViolation("program.call.tiersInvalid");
        }
        ConcurrencyRules c = d.concurrency();
        if (c.piLimit() < 1 || c.memberProjectLimit() < 1 || c.institutionOverdueLimit() < 0
                || d.countyQuotas().values().stream().anyMatch(q -> q < 0)) {
            throw new RuleViolation("program.call.limitsInvalid");
        }
        Set<CallQuota> quotas = new HashSet<>();
        d.countyQuotas().forEach((county, quota) -> quotas.add(new CallQuota(county, quota)));
        return new Call(UUID.randomUUID(), programId, d.title().trim(), d.guideline(), d.opensAt(), d.closesAt(),
                Money.yuan(d.budgetCap()), d.endorsementRequired(), d.recommendationRequired(), d.indirectTiers(),
                Money.yuan(d.equipmentJustificationThreshold()), c.piLimit(), c.memberProjectLimit(),
                c.institutionOverdueLimit(), c.exempt(), c.piLimitCountsMemberships(), conflict.sameOrganisationYears(),
                conflict.relationYears(),
                conflict.collaborationYears(), conflict.sameCounty(), quotas, List.of(),
                RequiredSection.format(d.requiredSections()), CallStatus.DRAFT, now, List.of(), 0, List.of(), false,
                null);
    }

    /**
     * Adds an item. Items may be added while the call is drafted or published (a published call may
     * gain an item after a demand is collected late), never once it is closed.
     */
    public UUID addItem(CallItemDraft draft) {
        requireOpenForItems();
        CallItem item = CallItem.of(UUID.randomUUID(), draft, budgetCap);
        items.add(item);
        return item.itemId();
    }

    /** Rewrites an item in place, keeping its id and position. */
    public void reviseItem(UUID itemId, CallItemDraft draft) {
        requireOpenForItems();
        int at = indexOf(itemId);
        items.set(at, CallItem.of(itemId, draft, budgetCap));
    }

    /** Removes an item; only from a draft call, since proposals may already answer a published one. */
    public void removeItem(UUID itemId) {
        if (status != CallStatus.DRAFT) {
            throw new RuleViolation("program.item.removeOnlyDraft");
        }
        items.remove(indexOf(itemId));
    }

    private void requireOpenForItems() {
        if (status == CallStatus.CLOSED) {
            throw new RuleViolation("program.item.callClosed");
        }
    }

    private int indexOf(UUID itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).itemId().equals(itemId)) {
                return i;
            }
        }
        throw new RuleViolation("program.item.unknown");
    }

    public void publish(Actor actor, Instant now) {
        if (!closesAt.isAfter(now)) {
            throw new RuleViolation("program.call.windowPassed");
        }
        apply(CallAction.PUBLISH, actor, now);
    }

    public void close(Actor actor, Instant now) {
        apply(CallAction.CLOSE, actor, now);
    }

    private void apply(CallAction action, Actor actor, Instant now) {
        CallStatus to = LIFECYCLE.require(status, action, "program");
        history.add(new CallStatusChange(status, to, action, actor.accountId(), actor.displayName(), null, now));
        status = to;
    }

    /**
     * Moves the deadline and/or sets the grace period. A published call may only be extended, never
     * shortened: applicants plan by the published date. A closed call stays closed (closing is a
     * decision of its own). Every change keeps the reason, for the applicant who disputes a deadline.
     */
    public void changeWindow(Instant newClosesAt, int newGraceMinutes, String reason, Actor actor, Instant now) {
        if (status == CallStatus.CLOSED) {
            throw new RuleViolation("program.call.window.closed");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("program.call.window.reasonRequired");
        }
        if (newGraceMinutes < 0 || newGraceMinutes > MAX_GRACE_MINUTES) {
            throw new RuleViolation("program.call.window.graceRange", MAX_GRACE_MINUTES);
        }
        if (!opensAt.isBefore(newClosesAt)) {
            throw new RuleViolation("program.call.windowOrder");
        }
        if (status == CallStatus.PUBLISHED && newClosesAt.isBefore(closesAt)) {
            throw new RuleViolation("program.call.window.shortened");
        }
        if (newClosesAt.equals(closesAt) && newGraceMinutes == graceMinutes) {
            throw new RuleViolation("program.call.window.unchanged");
        }
        windowChanges.add(new CallWindowChange(closesAt, newClosesAt, graceMinutes, newGraceMinutes, reason.strip(),
                actor.accountId(), actor.displayName(), now));
        closesAt = newClosesAt;
        graceMinutes = newGraceMinutes;
    }

    /** The last moment a submission is taken: the published deadline plus the grace period. */
    public Instant submissionDeadline() {
        return closesAt.plus(Duration.ofMinutes(graceMinutes));
    }

    public boolean acceptsProposals(Instant now) {
        return status == CallStatus.PUBLISHED && !now.isBefore(opensAt) && now.isBefore(submissionDeadline());
    }

    public Set<CallAction> allowedActions() {
        return LIFECYCLE.actionsFrom(status);
    }

    public UUID id() { return id; }
    public UUID programId() { return programId; }
    public String title() { return title; }
    public String guideline() { return guideline; }
    public Instant opensAt() { return opensAt; }
    public Instant closesAt() { return closesAt; }
    public BigDecimal budgetCap() { return budgetCap; }
    public boolean endorsementRequired() { return endorsementRequired; }
    public boolean recommendationRequired() { return recommendationRequired; }
    public CallStatus status() { return status; }
    public String indirectTiers() { return indirectTiers; }
    public BigDecimal equipmentJustificationThreshold() { return equipmentJustificationThreshold; }
    public ConcurrencyRules concurrencyRules() {
        return new ConcurrencyRules(piConcurrencyLimit, memberProjectLimit, institutionOverdueLimit, concurrencyExempt,
                piLimitCountsMemberships);
    }
    /**
     * Replaces the conflict-of-interest rules. Allowed in every status, because review happens after
     * the call closes; assignments already made stay, new screenings use the new values.
     */
    public void changeConflictRules(ConflictRules rules) {
        rules.validated();
        conflictSameOrganisationYears = rules.sameOrganisationYears();
        conflictRelationYears = rules.relationYears();
        conflictCollaborationYears = rules.collaborationYears();
        conflictSameCounty = rules.sameCounty();
    }

    public ConflictRules conflictRules() {
        return new ConflictRules(conflictSameOrganisationYears, conflictRelationYears, conflictCollaborationYears,
                conflictSameCounty);
    }

    /**
     * Switches the check of the host's legal representative on or off. Allowed in every status:
     * intake and the formal check re-check it after the call closes.
     */
    public void changeHostLegalRepresentativeCheck(boolean on) {
        checkHostLegalRepresentative = on;
    }

    public boolean checkHostLegalRepresentative() { return checkHostLegalRepresentative; }

    public Set<CallQuota> quotas() { return quotas; }
    public List<CallItem> items() { return List.copyOf(items); }
    public Set<RequiredSection> requiredSections() { return RequiredSection.parse(requiredSections); }
    public List<CallStatusChange> history() { return List.copyOf(history); }
    public int graceMinutes() { return graceMinutes; }
    public List<CallWindowChange> windowChanges() { return List.copyOf(windowChanges); }
}
