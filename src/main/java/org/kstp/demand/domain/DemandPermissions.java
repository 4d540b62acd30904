package org.kstp.demand.domain;

import static org.kstp.common.Role.APPLICANT;
import static org.kstp.common.Role.BUREAU_STAFF;
import static org.kstp.common.Role.COUNTY_STAFF;
import static org.kstp.common.Role.INSTITUTION_ADMIN;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.kstp.common.Actor;

/**
 * Who may submit, see and act on a demand. Scope is checked on the object: the bureau sees all, a
 * county its county's, an institution administrator their organisation's, everyone their own.
 * DemandQuery states the same scope in SQL; the two are tested together.
 */
public final class DemandPermissions {

    private DemandPermissions() {
    }

    /** Organisations submit through their applicants and administrators, counties through their staff. */
    public static boolean canSubmit(Actor actor) {
        return actor.has(COUNTY_STAFF) && actor.countyCode() != null
                || (actor.has(APPLICANT) || actor.has(INSTITUTION_ADMIN)) && actor.organisationId() != null;
    }

    public static boolean canView(Actor actor, TechnologyDemand d) {
        return actor.has(BUREAU_STAFF)
                || isSubmitter(actor, d)
                || actor.has(COUNTY_STAFF) && Objects.equals(actor.countyCode(), d.countyCode())
                || actor.has(INSTITUTION_ADMIN) && d.organisationId() != null
                        && Objects.equals(actor.organisationId(), d.organisationId());
    }

    /** Contact details are personal data: staff who handle the demand, and the submitter, see them. */
    public static boolean canSeeContact(Actor actor, TechnologyDemand d) {
        return actor.has(BUREAU_STAFF)
                || isSubmitter(actor, d)
                || actor.has(COUNTY_STAFF) && Objects.equals(actor.countyCode(), d.countyCode());
    }

    public static boolean mayTake(Actor actor, TechnologyDemand d, DemandAction action) {
        if (DemandAction.BUREAU.contains(action)) {
            return actor.has(BUREAU_STAFF);
        }
        return isSubmitter(actor, d);
    }

    /** The actions this actor may take now: the lifecycle's, intersected with the actor's own. */
    public static Set<DemandAction> allowedActions(Actor actor, TechnologyDemand d) {
        Set<DemandAction> result = EnumSet.noneOf(DemandAction.class);
        for (DemandAction action : d.allowedActions()) {
            if (mayTake(actor, d, action)) {
                result.add(action);
            }
        }
        return result;
    }

    /** Linking to calls is the bureau's, and only for demands it has accepted. */
    public static boolean canLink(Actor actor, TechnologyDemand d) {
        return actor.has(BUREAU_STAFF) && DemandStatus.LINKABLE.contains(d.status());
    }

    private static boolean isSubmitter(Actor actor, TechnologyDemand d) {
        return d.submittedBy().equals(actor.accountId());
    }
}
