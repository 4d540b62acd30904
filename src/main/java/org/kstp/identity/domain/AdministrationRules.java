package org.kstp.identity.domain;

import java.util.Set;
import org.kstp.common.Actor;
import org.kstp.common.Role;

/**
 * Who may administer whom (the separation of the three administrators of MLPS level 3). The closing rule: the security administrator's role exists only through
 * the first-start setup, so a system administrator can never make a security administrator of his own who
 * would unlock, re-enable or re-role him. In detail:
 * <ul>
 *   <li>the system administrator opens accounts with business roles only and keeps e-mail addresses, but not
 *       those of the other administrators;</li>
 *   <li>the security administrator changes roles, disables, enables, unlocks, resets passwords and ends
 *       sessions, on every account but his own and another security administrator's; he may give the system
 *       or audit administrator's role (to replace one who left) but never his own role;</li>
 *   <li>no one administers their own account (their own password is changed on the account page).</li>
 * </ul>
 * Each rule refuses with a reason code shown to the administrator.
 */
final class AdministrationRules {

    private AdministrationRules() {
    }

    /** Opening an account; the setup and the demo seeder act as the system itself. */
    static void mayOpen(Actor by, Set<Role> roles) {
        if (by.isSystem()) {
            return;
        }
        Account.require(by.has(Role.SYSTEM_ADMIN), "identity.admin.systemAdminOnly");
        Account.require(roles.stream().noneMatch(Role::isSeparatedAdministrator), "identity.admin.noAdminRoles");
    }

    static void mayChangeEmail(Actor by, Account target) {
        Account.require(by.has(Role.SYSTEM_ADMIN), "identity.admin.systemAdminOnly");
        Account.require(target.id().equals(by.accountId())
                || target.roles().stream().noneMatch(Role::isSeparatedAdministrator), "identity.admin.notOnAdministrator");
    }

    /** Disabling, enabling, unlocking, resetting a password, ending sessions. */
    static void mayAdminister(Actor by, Account target) {
        Account.require(by.has(Role.SECURITY_ADMIN), "identity.admin.securityAdminOnly");
        Account.require(!target.id().equals(by.accountId()), "identity.admin.notOnSelf");
        Account.require(!target.roles().contains(Role.SECURITY_ADMIN), "identity.admin.notOnSecurityAdmin");
    }

    static void mayAssign(Actor by, Account target, Set<Role> roles) {
        mayAdminister(by, target);
        Account.require(!roles.contains(Role.SECURITY_ADMIN), "identity.admin.noSecurityAdminRole");
    }
}
