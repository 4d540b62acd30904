package org.kstp.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.common.Role;

/** Data scope on the object: county, institution, team; drafts private to the team. */
class ProposalPermissionsTest {

    private final Proposal submitted = ProposalLifecycleTest.inStatus(ProposalStatus.SUBMITTED);
    private final RoutingStages stages = new RoutingStages(true, false);

    private static Actor actor(Role role, String county, UUID organisation) {
        return new Actor(UUID.randomUUID(), "u", "U", Set.of(role), county, organisation);
    }

    @Test
    void countyStaffSeeOnlyTheirCounty() {
        assertThat(ProposalPermissions.canView(actor(Role.COUNTY_STAFF, "653101", null), submitted)).isTrue();
        assertThat(ProposalPermissions.canView(actor(Role.COUNTY_STAFF, "653125", null), submitted)).isFalse();
    }

    @Test
    void institutionsSeeOnlyTheirOwnAndEndorseThem() {
        Actor host = actor(Role.INSTITUTION_ADMIN, null, submitted.hostOrganisationId());
        Actor other = actor(Role.INSTITUTION_ADMIN, null, UUID.randomUUID());
        assertThat(ProposalPermissions.canView(host, submitted)).isTrue();
        assertThat(ProposalPermissions.canView(other, submitted)).isFalse();
        assertThat(ProposalPermissions.allowedActions(host, submitted, stages))
                .containsExactlyInAnyOrder(ProposalAction.ENDORSE, ProposalAction.RETURN);
        assertThat(ProposalPermissions.allowedActions(other, submitted, stages)).isEmpty();
    }

    @Test
    void applicantsSeeOnlyProposalsTheyAreOn() {
        Actor pi = new Actor(submitted.piAccountId(), "pi", "PI", Set.of(Role.APPLICANT), null, null);
        assertThat(ProposalPermissions.canView(pi, submitted)).isTrue();
        assertThat(ProposalPermissions.canView(actor(Role.APPLICANT, null, null), submitted)).isFalse();
        assertThat(ProposalPermissions.allowedActions(pi, submitted, stages)).containsExactly(ProposalAction.WITHDRAW);
    }

    @Test
    void draftsArePrivateToTheTeam() {
        Proposal draft = ProposalLifecycleTest.inStatus(ProposalStatus.DRAFT);
        assertThat(ProposalPermissions.canView(actor(Role.BUREAU_STAFF, null, null), draft)).isFalse();
        assertThat(ProposalPermissions.canView(actor(Role.INSTITUTION_ADMIN, null, draft.hostOrganisationId()), draft))
                .isFalse();
    }

    @Test
    void expertsAndAdministratorsNeverSeeProposalsHere() {
        for (Role role : Set.of(Role.EXPERT, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            assertThat(ProposalPermissions.canView(actor(role, "653101", submitted.hostOrganisationId()), submitted))
                    .as(role.name()).isFalse();
        }
    }

    @Test
    void reviewDrivenActionsNeverAppearOnTheProposalPage() {
        Proposal checked = ProposalLifecycleTest.inStatus(ProposalStatus.FORMALLY_CHECKED);
        assertThat(ProposalPermissions.allowedActions(actor(Role.BUREAU_STAFF, null, null), checked, stages))
                .doesNotContainAnyElementsOf(ProposalAction.REVIEW_DRIVEN);
    }
}
