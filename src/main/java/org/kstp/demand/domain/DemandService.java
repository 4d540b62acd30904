package org.kstp.demand.domain;

import java.time.Clock;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.plan.PlanApi;
import org.kstp.program.ProgramApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Commands on demands. Each checks scope and permission, applies the lifecycle, saves and audits. */
@Service
public class DemandService {

    private final DemandRepository demands;
    private final PlanApi plan;
    private final DirectoryApi directory;
    private final ProgramApi programs;
    private final GbtIndustryCodes gbt;
    private final AuditApi audit;
    private final Clock clock;

    DemandService(DemandRepository demands, PlanApi plan, DirectoryApi directory, ProgramApi programs,
                  GbtIndustryCodes gbt, AuditApi audit, Clock clock) {
        this.demands = demands;
        this.plan = plan;
        this.directory = directory;
        this.programs = programs;
        this.gbt = gbt;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Submits a demand. County staff submit for their own county whatever the form says; applicants
     * and institution administrators submit for their organisation, in the county they name.
     */
    @Transactional
    public UUID submit(DemandContent content, Actor actor) {
        if (!DemandPermissions.canSubmit(actor)) {
            throw new RuleViolation("demand.submit.notAllowed");
        }
        boolean county = actor.has(Role.COUNTY_STAFF) && actor.countyCode() != null;
        String fixed = fixedCounty(actor);
        DemandContent scoped = fixed != null ? withCounty(content, fixed) : content;
        checkCodes(scoped);
        TechnologyDemand demand = demands.save(TechnologyDemand.submit(scoped,
                county ? null : actor.organisationId(), actor, clock.instant()));
        audit.record(actor, "demand", demand.id(), "SUBMIT", demand.title());
        return demand.id();
    }

    /** A lifecycle action from the demand's page; merging names the demand it merges into. */
    @Transactional
    public void act(UUID id, DemandAction action, String comment, UUID mergeInto, Actor actor) {
        TechnologyDemand demand = visible(id, actor);
        if (!DemandPermissions.mayTake(actor, demand, action)) {
            throw new RuleViolation("demand.action.notYours", "demand.DemandAction." + action.name());
        }
        if (action == DemandAction.MERGE) {
            if (mergeInto == null) {
                throw new RuleViolation("demand.merge.targetRequired");
            }
            TechnologyDemand target = demands.findById(mergeInto).orElseThrow(() -> new NotFound("demand", mergeInto));
            demand.mergeInto(target, actor, comment, clock.instant());
        } else {
            demand.act(action, actor, comment, clock.instant());
        }
        demands.save(demand);
        audit.record(actor, "demand", id, action.name(), action == DemandAction.MERGE
                ? "-> " + mergeInto + (comment == null || comment.isBlank() ? "" : ": " + comment.trim()) : comment);
    }

    /**
     * Links a demand to the call item it feeds (null: the whole call); the call must exist in the
     * program module and the item must be one of its items.
     */
    @Transactional
    public void linkCall(UUID id, UUID callId, UUID callItemId, Actor actor) {
        TechnologyDemand demand = bureauOnly(id, actor);
        var call = programs.call(callId).orElseThrow(() -> new NotFound("call", callId));
        if (callItemId != null && call.item(callItemId).isEmpty()) {
            throw new RuleViolation("demand.link.unknownItem");
        }
        demand.linkCall(callId, callItemId, actor, clock.instant());
        demands.save(demand);
        audit.record(actor, "demand", id, "LINK_CALL", callId + (callItemId == null ? "" : "/" + callItemId));
    }

    @Transactional
    public void unlinkCall(UUID id, UUID callId, UUID callItemId, Actor actor) {
        TechnologyDemand demand = bureauOnly(id, actor);
        demand.unlinkCall(callId, callItemId, clock.instant());
        demands.save(demand);
        audit.record(actor, "demand", id, "UNLINK_CALL", callId + (callItemId == null ? "" : "/" + callItemId));
    }

    /** The demand, if it exists and the actor may see it; otherwise "not found" either way. */
    public TechnologyDemand visible(UUID id, Actor actor) {
        TechnologyDemand demand = demands.findById(id).orElseThrow(() -> new NotFound("demand", id));
        if (!DemandPermissions.canView(actor, demand)) {
            throw new NotFound("demand", id);
        }
        return demand;
    }

    private TechnologyDemand bureauOnly(UUID id, Actor actor) {
        TechnologyDemand demand = visible(id, actor);
        if (!actor.has(Role.BUREAU_STAFF)) {
            throw new RuleViolation("demand.link.bureauOnly");
        }
        return demand;
    }

    private void checkCodes(DemandContent content) {
        if (plan.industries().stream().noneMatch(i -> i.code().equals(content.industryCode()))) {
            throw new RuleViolation("demand.submit.unknownIndustry", String.valueOf(content.industryCode()));
        }
        if (directory.county(content.countyCode()).isEmpty()) {
            throw new RuleViolation("demand.submit.unknownCounty", String.valueOf(content.countyCode()));
        }
        String code = content.gbtIndustryCode();
        if (code != null && !code.isBlank() && gbt.name(code).isEmpty()) {
            throw new RuleViolation("demand.submit.unknownGbtCode", code.trim());
        }
    }

    /**
     * The county a demand from this actor belongs to, decided on the server because it sets which county
     * staff see the demand: a county bureau's own, else the submitting organisation's. Null only for an
     * organisation outside the prefecture, which names the county its demand concerns.
     */
    public String fixedCounty(Actor actor) {
        if (actor.has(Role.COUNTY_STAFF) && actor.countyCode() != null) {
            return actor.countyCode();
        }
        return actor.organisationId() == null ? null
                : directory.organisation(actor.organisationId()).map(o -> o.countyCode()).orElse(null);
    }

    private static DemandContent withCounty(DemandContent c, String county) {
        return new DemandContent(c.title(), c.problem(), c.industryCode(), c.gbtIndustryCode(), county,
                c.expectedOutcome(), c.coFunding(), c.contactName(), c.contactPhone(), c.contactEmail());
    }
}
