package org.kstp.identity.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.common.Role;

/** Who may administer whom: each rule of 三员分立 refuses with its own reason. */
class AdministrationRulesTest {

    private final Account systemAdmin = account("sys", Role.SYSTEM_ADMIN);
    private final Account securityAdmin = account("sec", Role.SECURITY_ADMIN);
    private final Account auditAdmin = account("audit", Role.AUDIT_ADMIN);
    private final Account bureau = account("bureau", Role.BUREAU_STAFF);

    private static Account account(String username, Role role) {
        return Account.open(username, "hash", username, Set.of(role), null, null, null, Instant.EPOCH);
    }

    @Test
    void theSystemAdministratorOpensBusinessAccountsOnly() {
        assertThatCode(() -> AdministrationRules.mayOpen(systemAdmin.toActor(), Set.of(Role.EXPERT))).doesNotThrowAnyException();
        for (Role admin : Role.SEPARATED_ADMINISTRATORS) {
            assertThatThrownBy(() -> AdministrationRules.mayOpen(systemAdmin.toActor(), Set.of(admin)))
                    .hasMessageContaining("noAdminRoles");
        }
        assertThatThrownBy(() -> AdministrationRules.mayOpen(securityAdmin.toActor(), Set.of(Role.EXPERT)))
                .hasMessageContaining("systemAdminOnly");
        assertThatCode(() -> AdministrationRules.mayOpen(Actor.system(), Set.of(Role.SECURITY_ADMIN)))
                .as("first-start setup").doesNotThrowAnyException();
    }

    @Test
    void theSecurityAdministratorActsOnOthersButNeverOnHimselfOrAnotherSecurityAdministrator() {
        Actor security = securityAdmin.toActor();
        assertThatCode(() -> AdministrationRules.mayAdminister(security, systemAdmin)).doesNotThrowAnyException();
        assertThatCode(() -> AdministrationRules.mayAdminister(security, bureau)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AdministrationRules.mayAdminister(security, securityAdmin)).hasMessageContaining("notOnSelf");
        assertThatThrownBy(() -> AdministrationRules.mayAdminister(security, account("sec2", Role.SECURITY_ADMIN)))
                .hasMessageContaining("notOnSecurityAdmin");
        assertThatThrownBy(() -> AdministrationRules.mayAdminister(systemAdmin.toActor(), bureau))
                .hasMessageContaining("securityAdminOnly");
    }

    @Test
    void noOneGivesTheSecurityAdministratorsRoleButOtherRolesCanBeGiven() {
        Actor security = securityAdmin.toActor();
        assertThatThrownBy(() -> AdministrationRules.mayAssign(security, bureau, Set.of(Role.SECURITY_ADMIN)))
                .hasMessageContaining("noSecurityAdminRole");
        assertThatCode(() -> AdministrationRules.mayAssign(security, auditAdmin, Set.of(Role.SYSTEM_ADMIN)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AdministrationRules.mayAssign(security, securityAdmin, Set.of(Role.SECURITY_ADMIN)))
                .hasMessageContaining("notOnSelf");
    }

    @Test
    void theSystemAdministratorKeepsAddressesButNotThoseOfTheOtherAdministrators() {
        Actor system = systemAdmin.toActor();
        assertThatCode(() -> AdministrationRules.mayChangeEmail(system, bureau)).doesNotThrowAnyException();
        assertThatCode(() -> AdministrationRules.mayChangeEmail(system, systemAdmin)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AdministrationRules.mayChangeEmail(system, securityAdmin))
                .hasMessageContaining("notOnAdministrator");
        assertThatThrownBy(() -> AdministrationRules.mayChangeEmail(auditAdmin.toActor(), bureau))
                .hasMessageContaining("systemAdminOnly");
        assertThatThrownBy(() -> AdministrationRules.mayOpen(new Actor(UUID.randomUUID(), "x", "x", Set.of(), null, null),
                Set.of(Role.EXPERT))).hasMessageContaining("systemAdminOnly");
    }
}
