package org.kstp.identity.domain;

import java.util.Set;
import org.kstp.common.Role;

/**
 * The role rules of MLPS level 3 and of data scope: the three administrators are separate
 * accounts that hold no business role; county staff need a county; institution roles need an
 * organisation.
 */
final class RoleRules {

    private RoleRules() {
    }

    static void check(Set<Role> roles, String countyCode, Object organisationId) {
        Account.require(!roles.isEmpty(), "identity.account.rolesRequired");
        long administrators = roles.stream().filter(Role::isSeparatedAdministrator).count();
        Account.require(administrators <= 1, "identity.account.adminsSeparated");
        Account.require(administrators == 0 || roles.size() == 1, "identity.account.adminNoBusiness");
        Account.require(!roles.contains(Role.COUNTY_STAFF) || (countyCode != null && !countyCode.isBlank()),
                "identity.account.countyRequired");
        Account.require(!(roles.contains(Role.INSTITUTION_ADMIN) || roles.contains(Role.APPLICANT))
                || organisationId != null, "identity.account.organisationRequired");
    }
}
