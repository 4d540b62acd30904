package org.kstp.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who holds a role, as notifications ask it on every step: enabled accounts only, each with all its roles. */
@KstpIntegrationTest
class AccountsWithRoleIntegrationTest {

    @Autowired
    IdentityApi identity;
    @Autowired
    JdbcClient jdbc;

    private UUID create(String username, Set<Role> roles) {
        return identity.createAccount(new NewAccount(username, "Role-test-pass-1", "Name " + username, roles,
                "653101", null, username + "@kstp.example"), Actor.system());
    }

    @Test
    void listsEnabledHoldersWithAllTheirRoles() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID both = create("both." + suffix, Set.of(Role.COUNTY_STAFF, Role.EXPERT));
        UUID expertOnly = create("expert." + suffix, Set.of(Role.EXPERT));
        UUID disabled = create("off." + suffix, Set.of(Role.COUNTY_STAFF));
        jdbc.sql("update identity_account set enabled = false where id = :id").param("id", disabled).update();

        var county = identity.accountsWithRole(Role.COUNTY_STAFF);

        assertThat(county).extracting(AccountSummary::id).contains(both).doesNotContain(expertOnly, disabled);
        assertThat(county).filteredOn(a -> a.id().equals(both)).singleElement().satisfies(a -> {
            assertThat(a.roles()).containsExactlyInAnyOrder(Role.COUNTY_STAFF, Role.EXPERT);
            assertThat(a.countyCode()).isEqualTo("653101");
            assertThat(a.email()).isEqualTo("both." + suffix + "@kstp.example");
            assertThat(a.username()).isEqualTo("both." + suffix);
        });
        assertThat(identity.accountsWithRole(Role.EXPERT)).extracting(AccountSummary::id).contains(both, expertOnly);
    }
}
