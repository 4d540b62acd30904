package org.kstp.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.directory.domain.OrganisationRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registering organisations through DirectoryApi on the real database, audit included. */
@KstpIntegrationTest
class OrganisationRegistrationTest {

    static final Actor BUREAU = new Actor(UUID.randomUUID(), "bureau.test", "Bureau", Set.of(Role.BUREAU_STAFF),
            null, null);
    static final Actor KASHGAR_CITY_STAFF = new Actor(UUID.randomUUID(), "county.test", "County",
            Set.of(Role.COUNTY_STAFF), "653101", null);

    @Autowired
    DirectoryApi directory;

    @Autowired
    OrganisationRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aValidCodeIsRegisteredWithoutReviewAndAudited() {
        String code = TestCodes.valid("653101");
        OrganisationSummary saved = directory.registerOrganisation(
                new NewOrganisation(" " + code.toLowerCase() + " ", "  Kashgar Test Co.  ", "653101"), BUREAU);

        assertThat(saved.needsReview()).isFalse();
        assertThat(saved.uscc()).isEqualTo(code);
        assertThat(saved.name()).isEqualTo("Kashgar Test Co.");
        assertThat(directory.organisation(saved.id())).contains(saved);
        assertThat(directory.organisationByUscc(code.toLowerCase())).contains(saved);
        assertThat(auditActions(saved.id())).containsExactly("REGISTER");
    }

    @Test
    void aRealPilotCodeFailingTheCheckIsSavedForReview() {
        // 福建恒跃柳工机械销售有限公司: real, but issued before the check digit rule was applied.
        OrganisationSummary saved = directory.registerOrganisation(
                new NewOrganisation("91350100M0001TGQXM", "Fujian pilot-region company", "653122"), BUREAU);

        assertThat(saved.needsReview()).isTrue();
        OrganisationSummary confirmed = registry.confirm(saved.id(), BUREAU).summary();
        assertThat(confirmed.needsReview()).isFalse();
        assertThat(directory.organisation(saved.id())).get().extracting(OrganisationSummary::needsReview)
                .isEqualTo(false);
        assertThat(auditActions(saved.id())).containsExactly("REGISTER", "CONFIRM");
        assertRefused(() -> registry.confirm(saved.id(), BUREAU), "directory.organisation.notFlagged");
    }

    @Test
    void malformedCodesAreRefusedAndNothingIsSaved() {
        int before = organisations();
        assertRefused(() -> directory.registerOrganisation(
                new NewOrganisation("9165310170846113", "Too short", "653101"), BUREAU), "common.uscc.length");
        assertRefused(() -> directory.registerOrganisation(
                new NewOrganisation("91653101708461136I", "Bad letter", "653101"), BUREAU), "common.uscc.character");
        assertThat(organisations()).isEqualTo(before);
    }

    @Test
    void aCodeCanBeRegisteredOnlyOnce() {
        String code = TestCodes.valid("653125");
        directory.registerOrganisation(new NewOrganisation(code, "First", "653125"), BUREAU);

        assertRefused(() -> directory.registerOrganisation(new NewOrganisation(code, "Second", "653125"), BUREAU),
                "directory.organisation.duplicate");
        assertThat(directory.organisationByUscc(code)).get().extracting(OrganisationSummary::name).isEqualTo("First");
    }

    @Test
    void countyStaffRegisterOnlyInTheirOwnCounty() {
        assertRefused(() -> directory.registerOrganisation(
                new NewOrganisation(TestCodes.valid("653125"), "Elsewhere", "653125"), KASHGAR_CITY_STAFF),
                "directory.organisation.otherCounty");
        OrganisationSummary own = directory.registerOrganisation(
                new NewOrganisation(TestCodes.valid("653101"), "Own county", "653101"), KASHGAR_CITY_STAFF);
        assertThat(own.countyCode()).isEqualTo("653101");
    }

    @Test
    void unknownCountiesAndMissingNamesAreRefused() {
        assertRefused(() -> directory.registerOrganisation(
                new NewOrganisation(TestCodes.valid("653101"), "Nowhere", "659999"), BUREAU),
                "directory.organisation.unknownCounty");
        assertRefused(() -> directory.registerOrganisation(
                new NewOrganisation(TestCodes.valid("653101"), "  ", "653101"), BUREAU),
                "directory.organisation.nameRequired");
    }

    @Test
    void onlyTheBureauConfirms() {
        OrganisationSummary flagged = directory.registerOrganisation(
                new NewOrganisation(TestCodes.failingCheck("653101"), "Flagged", "653101"), BUREAU);
        assertRefused(() -> registry.confirm(flagged.id(), KASHGAR_CITY_STAFF),
                "directory.organisation.confirmBureauOnly");
        assertThat(directory.organisation(flagged.id())).get().extracting(OrganisationSummary::needsReview)
                .isEqualTo(true);
    }

    @Test
    void countiesAreAvailableThroughTheApi() {
        assertThat(directory.counties()).hasSize(12);
        assertThat(directory.county("653131")).get().extracting(CountySummary::villages).isEqualTo(54);
        assertThat(directory.county("999999")).isEmpty();
        assertThat(directory.organisationByUscc("not a code")).isEmpty();
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private int organisations() {
        return jdbc.sql("select count(*) from directory_organisation").query(Integer.class).single();
    }

    private List<String> auditActions(UUID id) {
        return jdbc.sql("select action from audit_record where object_type = 'organisation' and object_id = ? "
                + "order by seq").param(id.toString()).query(String.class).list();
    }
}
