package org.kstp.identity.domain;

import java.util.EnumSet;
import java.util.Set;
import org.kstp.common.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who must sign in with a second factor: holders of these roles (bureau staff and the three administrators by
 * default); anyone else may enrol and is then asked too. In demo mode the requirement is off unless
 * requiredInDemo is set, so the published demo passwords keep working; enrolled demo accounts are still asked.
 */
@ConfigurationProperties("kstp.security.mfa")
public record SecondFactorSettings(Set<Role> requiredRoles, boolean requiredInDemo) {

    public SecondFactorSettings {
        requiredRoles = requiredRoles == null
                ? EnumSet.of(Role.BUREAU_STAFF, Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)
                : Set.copyOf(requiredRoles);
    }

    /** Whether an account with these roles must have a second factor, given whether the demo is on. */
    public boolean requiredFor(Set<Role> roles, boolean demo) {
        return (!demo || requiredInDemo) && roles.stream().anyMatch(requiredRoles::contains);
    }
}
