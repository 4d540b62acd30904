package org.kstp.identity;

import java.util.Set;
import java.util.UUID;
import org.kstp.common.Role;

/** The data needed to open an account; the raw password is hashed immediately and never stored. */
public record NewAccount(String username, String rawPassword, String displayName, Set<Role> roles,
                         String countyCode, UUID organisationId, String email) {

    /** An account without an e-mail address (it can be added later by the system administrator). */
    public NewAccount(String username, String rawPassword, String displayName, Set<Role> roles, String countyCode,
                      UUID organisationId) {
        this(username, rawPassword, displayName, roles, countyCode, organisationId, null);
    }
}
