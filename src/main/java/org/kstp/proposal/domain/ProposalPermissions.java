package org.kstp.proposal.domain;

import static org.kstp.common.Role.APPLICANT;
import static org.kstp.common.Role.BUREAU_STAFF;
import static org.kstp.common.Role.COUNTY_STAFF;
import static org.kstp.common.Role.INSTITUTION_ADMIN;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.kstp.common.Actor;

/**
 * Who may see a proposal and who may take which action on it. Scope is checked on the object: a
 * county sees its county, an institution its own proposals, an applicant the ones they are on.
 * Drafts stay private to the team until first submitted.
 */
public final class ProposalPermissions {

    private ProposalPermissions() {
    }

    public static boolean canView(Actor actor, Proposal p) {
        if (p.isOnTeam(actor.accountId())) {
            return true;
        }
        if (p.submittedAt() == null) {
            return false;
        }
        return actor.has(BUREAU_STAFF)
                || actor.has(COUNTY_STAFF) && Objects.equals(actor.countyCode(), p.countyCode())
                || actor.has(INSTITUTION_ADMIN) && Objects.equals(actor.organisationId(), p.hostOrganisationId());
    }

    /** The PI and team members with accounts write the draft together; versions keep them from overwriting. */
    public static boolean canEdit(Actor actor, Proposal p) {
        return p.isEditable() && p.isOnTeam(actor.accountId());
    }

    /** The actions this actor may take now: the lifecycle's, the call's stages', and the actor's own. */
    public static Set<ProposalAction> allowedActions(Actor actor, Proposal p, RoutingStages stages) {
        Set<ProposalAction> result = EnumSet.noneOf(ProposalAction.class);
        for (ProposalAction action : p.possibleActions(stages)) {
            if (!ProposalAction.REVIEW_DRIVEN.contains(action) && !ProposalAction.FORMAL_CHECK_DRIVEN.contains(action)
                    && mayTake(actor, p, action)) {
                result.add(action);
            }
        }
        return result;
    }

    static boolean mayTake(Actor actor, Proposal p, ProposalAction action) {
        boolean pi = actor.has(APPLICANT) && p.piAccountId().equals(actor.accountId());
        boolean host = actor.has(INSTITUTION_ADMIN) && Objects.equals(actor.organisationId(), p.hostOrganisationId());
        boolean county = actor.has(COUNTY_STAFF) && Objects.equals(actor.countyCode(), p.countyCode());
        boolean bureau = actor.has(BUREAU_STAFF);
        return switch (action) {
            case SUBMIT, WITHDRAW -> pi;
            case ENDORSE -> host;
            case RECOMMEND -> county;
            case RETURN -> bureau || host && p.status() == ProposalStatus.SUBMITTED
                    || county && p.status() == ProposalStatus.ENDORSED;
            case ACCEPT, PASS_FORMAL_CHECK, REJECT_FORMALLY, START_REVIEW, COMPLETE_REVIEW, APPROVE, DECLINE -> bureau;
        };
    }
}
