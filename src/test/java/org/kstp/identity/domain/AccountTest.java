package org.kstp.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;

/** Role separation (三员分立), scope requirements, enabling and passwords of the account aggregate. */
class AccountTest {

    private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

    private Account open(Set<Role> roles, String county, UUID organisation) {
        return Account.open("user", "hash", "User", roles, county, organisation, null, now);
    }

    @Test
    void theThreeAdministratorsAreSeparate() {
        assertThatThrownBy(() -> open(Set.of(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN), null, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("adminsSeparated");
        assertThatThrownBy(() -> open(Set.of(Role.SECURITY_ADMIN, Role.BUREAU_STAFF), null, null))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("adminNoBusiness");
        assertThat(open(Set.of(Role.AUDIT_ADMIN), null, null).roles()).containsExactly(Role.AUDIT_ADMIN);
    }

    @Test
    void anEmailIsOptionalTrimmedAndRoughlyChecked() {
        Account account = open(Set.of(Role.BUREAU_STAFF), null, null);
        assertThat(account.email()).isNull();
        account.changeEmail("  staff@kstp.example ");
        assertThat(account.email()).isEqualTo("staff@kstp.example");
        assertThatThrownBy(() -> account.changeEmail("no-at-sign")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("emailFormat");
        account.changeEmail(" ");
        assertThat(account.email()).isNull();
    }

    @Test
    void scopedRolesNeedTheirScope() {
        assertThatThrownBy(() -> open(Set.of(Role.COUNTY_STAFF), " ", null)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> open(Set.of(Role.APPLICANT), null, null)).isInstanceOf(RuleViolation.class);
        assertThat(open(Set.of(Role.APPLICANT), null, UUID.randomUUID()).toActor().organisationId()).isNotNull();
    }

    @Test
    void disablingAndEnablingAreNamedStepsThatCannotRepeat() {
        Account account = open(Set.of(Role.BUREAU_STAFF), null, null);
        account.disable();
        assertThat(account.enabled()).isFalse();
        assertThatThrownBy(account::disable).hasMessageContaining("alreadyDisabled");
        account.enable();
        assertThat(account.enabled()).isTrue();
        assertThatThrownBy(account::enable).hasMessageContaining("alreadyEnabled");
    }

    @Test
    void newRolesFollowTheSameRulesAsAtOpening() {
        Account account = open(Set.of(Role.BUREAU_STAFF), null, null);
        assertThatThrownBy(() -> account.changeRoles(Set.of(Role.SYSTEM_ADMIN, Role.BUREAU_STAFF)))
                .hasMessageContaining("adminNoBusiness");
        assertThatThrownBy(() -> account.changeRoles(Set.of(Role.COUNTY_STAFF))).hasMessageContaining("countyRequired");
        account.changeRoles(Set.of(Role.EXPERT, Role.BUREAU_STAFF));
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.EXPERT, Role.BUREAU_STAFF);
    }

    @Test
    void anAccountOpenedForActivationHasNoPasswordTimeUntilItsHolderSetsOne() {
        Account account = Account.openAwaitingActivation("new.user", "random-hash", "New", Set.of(Role.EXPERT), null,
                null, null, now);
        assertThat(account.passwordChangedAt()).isNull();
        account.changePassword("chosen-hash", now.plus(Duration.ofHours(1)));
        assertThat(account.passwordChangedAt()).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(account.passwordHash()).isEqualTo("chosen-hash");
    }
}
