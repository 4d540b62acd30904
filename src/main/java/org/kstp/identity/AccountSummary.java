package org.kstp.identity;

import java.util.Set;
import java.util.UUID;
import org.kstp.common.Role;

/**
 * An account as other modules see it: no password, no lock state.
 *
 * @param email where notices are e-mailed; null when the account has none
 */
public record AccountSummary(UUID id, String username, String displayName, Set<Role> roles, String countyCode,
                             UUID organisationId, String email) {
}
