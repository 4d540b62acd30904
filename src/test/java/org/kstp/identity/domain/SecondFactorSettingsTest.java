package org.kstp.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kstp.common.Role;

/** Who must have a second factor, by default and in demo mode. */
class SecondFactorSettingsTest {

    @Test
    void bureauStaffAndTheThreeAdministratorsByDefaultOthersOptional() {
        SecondFactorSettings defaults = new SecondFactorSettings(null, false);
        for (Role role : Set.of(Role.BUREAU_STAFF, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            assertThat(defaults.requiredFor(Set.of(role), false)).as(role.name()).isTrue();
        }
        assertThat(defaults.requiredFor(Set.of(Role.APPLICANT, Role.EXPERT), false)).isFalse();
        assertThat(defaults.requiredFor(Set.of(Role.EXPERT, Role.BUREAU_STAFF), false)).isTrue();
    }

    @Test
    void offInDemoModeUnlessRequiredThereToo() {
        assertThat(new SecondFactorSettings(null, false).requiredFor(Set.of(Role.BUREAU_STAFF), true)).isFalse();
        assertThat(new SecondFactorSettings(null, true).requiredFor(Set.of(Role.BUREAU_STAFF), true)).isTrue();
        assertThat(new SecondFactorSettings(Set.of(Role.EXPERT), false).requiredFor(Set.of(Role.BUREAU_STAFF), false))
                .isFalse();
    }
}
