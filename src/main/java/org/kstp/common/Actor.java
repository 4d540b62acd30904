package org.kstp.common;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * Who is acting, with the data scope their account carries: a county for county staff, an
 * organisation for institution administrators and applicants. Passed into every command so that
 * permission checks and audit records need nothing else. Serializable because the signed-in account
 * carrying it is kept in the session store (PostgreSQL) between requests and across restarts.
 */
public record Actor(UUID accountId, String username, String displayName, Set<Role> roles,
                    String countyCode, UUID organisationId) implements Serializable {

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** The start-up processes (reference data, demo seeding) act as this. */
    public static Actor system() {
        return new Actor(new UUID(0, 0), "system", "system", Set.of(), null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isSystem() {
        return accountId.equals(new UUID(0, 0));
    }
}
