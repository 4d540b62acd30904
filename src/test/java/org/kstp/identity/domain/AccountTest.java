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

/** Role separation (三员分立), scope requirements and the lockout counter. */
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
    void theFifthFailureInARowLocksForTheConfiguredTime() {
        Account account = open(Set.of(Role.BUREAU_STAFF), null, null);
        for (int i = 1; i < 5; i++) {
            assertThat(account.recordFailedLogin(5, Duration.ofMinutes(30), now)).isFalse();
        }
        assertThat(account.isLocked(now)).isFalse();
        assertThat(account.recordFailedLogin(5, Duration.ofMinutes(30), now)).isTrue();
        assertThat(account.isLocked(now.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(account.isLocked(now.plus(Duration.ofMinutes(30)))).isFalse();
    }

    @Test
    void aSuccessClearsTheCount() {
        Account account = open(Set.of(Role.BUREAU_STAFF), null, null);
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(5, Duration.ofMinutes(30), now);
        }
        account.recordSuccessfulLogin();
        assertThat(account.recordFailedLogin(5, Duration.ofMinutes(30), now)).isFalse();
        assertThat(account.failedLogins()).isEqualTo(1);
    }
}
