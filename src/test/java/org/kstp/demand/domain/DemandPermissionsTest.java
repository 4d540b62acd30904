package org.kstp.demand.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kstp.demand.domain.DemandLifecycleTest.inStatus;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.common.Role;

/** Who may submit, see, read the contact of, and act on a demand. */
class DemandPermissionsTest {

    private static final String KASHGAR = "653101";
    private static final String SHACHE = "653125";

    private final UUID organisation = UUID.randomUUID();
    private final Actor applicant = actor(Role.APPLICANT, null, organisation);
    private final Actor colleague = actor(Role.APPLICANT, null, organisation);
    private final Actor institutionAdmin = actor(Role.INSTITUTION_ADMIN, null, organisation);
    private final Actor otherInstitution = actor(Role.INSTITUTION_ADMIN, null, UUID.randomUUID());
    private final Actor kashgarCounty = actor(Role.COUNTY_STAFF, KASHGAR, null);
    private final Actor shacheCounty = actor(Role.COUNTY_STAFF, SHACHE, null);
    private final Actor bureau = actor(Role.BUREAU_STAFF, null, null);
    private final Actor expert = actor(Role.EXPERT, null, UUID.randomUUID());
    private final Actor systemAdmin = actor(Role.SYSTEM_ADMIN, null, null);

    private final TechnologyDemand demand = inStatus(DemandStatus.SUBMITTED, applicant.accountId(), organisation, KASHGAR);

    @Test
    void organisationsSubmitThroughTheirPeopleAndCountiesThroughTheirStaff() {
        assertThat(DemandPermissions.canSubmit(applicant)).isTrue();
        assertThat(DemandPermissions.canSubmit(institutionAdmin)).isTrue();
        assertThat(DemandPermissions.canSubmit(kashgarCounty)).isTrue();
        assertThat(DemandPermissions.canSubmit(actor(Role.APPLICANT, null, null))).as("no organisation").isFalse();
        assertThat(DemandPermissions.canSubmit(actor(Role.COUNTY_STAFF, null, null))).as("no county").isFalse();
        assertThat(DemandPermissions.canSubmit(expert)).isFalse();
        assertThat(DemandPermissions.canSubmit(systemAdmin)).isFalse();
    }

    @Test
    void scopeFollowsSubmitterCountyAndOrganisation() {
        assertThat(DemandPermissions.canView(applicant, demand)).as("submitter").isTrue();
        assertThat(DemandPermissions.canView(institutionAdmin, demand)).as("own institution").isTrue();
        assertThat(DemandPermissions.canView(kashgarCounty, demand)).as("own county").isTrue();
        assertThat(DemandPermissions.canView(bureau, demand)).as("bureau").isTrue();
        assertThat(DemandPermissions.canView(colleague, demand)).as("another applicant").isFalse();
        assertThat(DemandPermissions.canView(otherInstitution, demand)).as("other institution").isFalse();
        assertThat(DemandPermissions.canView(shacheCounty, demand)).as("other county").isFalse();
        assertThat(DemandPermissions.canView(expert, demand)).isFalse();
        assertThat(DemandPermissions.canView(systemAdmin, demand)).isFalse();
    }

    @Test
    void countyBureauDemandsAreNotVisibleToInstitutionsWithoutAnOrganisation() {
        TechnologyDemand fromCounty = inStatus(DemandStatus.SUBMITTED, kashgarCounty.accountId(), null, KASHGAR);
        assertThat(DemandPermissions.canView(actor(Role.INSTITUTION_ADMIN, null, null), fromCounty)).isFalse();
        assertThat(DemandPermissions.canView(kashgarCounty, fromCounty)).isTrue();
    }

    @Test
    void contactDetailsOnlyForStaffAndTheSubmitter() {
        assertThat(DemandPermissions.canSeeContact(applicant, demand)).isTrue();
        assertThat(DemandPermissions.canSeeContact(bureau, demand)).isTrue();
        assertThat(DemandPermissions.canSeeContact(kashgarCounty, demand)).isTrue();
        assertThat(DemandPermissions.canSeeContact(institutionAdmin, demand)).isFalse();
        assertThat(DemandPermissions.canSeeContact(shacheCounty, demand)).isFalse();
    }

    @Test
    void theBureauVetsAndTheSubmitterWithdraws() {
        assertThat(DemandPermissions.allowedActions(bureau, demand))
                .containsExactlyInAnyOrder(DemandAction.VET, DemandAction.REJECT, DemandAction.MERGE);
        assertThat(DemandPermissions.allowedActions(applicant, demand)).containsExactly(DemandAction.WITHDRAW);
        assertThat(DemandPermissions.allowedActions(kashgarCounty, demand)).isEmpty();
        assertThat(DemandPermissions.allowedActions(institutionAdmin, demand)).isEmpty();
        TechnologyDemand published = inStatus(DemandStatus.PUBLISHED, applicant.accountId(), organisation, KASHGAR);
        assertThat(DemandPermissions.allowedActions(applicant, published)).as("public record").isEmpty();
    }

    @Test
    void onlyTheBureauLinksAndOnlyAcceptedDemands() {
        TechnologyDemand vetted = inStatus(DemandStatus.VETTED, applicant.accountId(), organisation, KASHGAR);
        assertThat(DemandPermissions.canLink(bureau, vetted)).isTrue();
        assertThat(DemandPermissions.canLink(bureau, demand)).isFalse();
        assertThat(DemandPermissions.canLink(kashgarCounty, vetted)).isFalse();
        assertThat(DemandPermissions.canLink(applicant, vetted)).isFalse();
    }

    private static Actor actor(Role role, String county, UUID organisation) {
        return new Actor(UUID.randomUUID(), role.name(), role.name(), Set.of(role), county, organisation);
    }
}
