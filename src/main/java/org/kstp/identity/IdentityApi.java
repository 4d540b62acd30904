package org.kstp.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.Role;

/** What other modules may ask of identity: who has a role, who an account is, and creating accounts. */
public interface IdentityApi {

    /** Enabled accounts holding the role, by display name; used e.g. to pick an expert by hand. */
    List<AccountSummary> accountsWithRole(Role role);

    Optional<AccountSummary> account(UUID id);

    Optional<AccountSummary> accountByUsername(String username);

    /**
     * Creates an account with a password, after checking the role rules (the three administrators stay apart
     * and away from business roles) and who may open it: the system itself (first-start setup, demo, imports)
     * or the system administrator for business roles. Administrators in the web open accounts without a
     * password instead (activation). Audited as done by {@code by}.
     */
    UUID createAccount(NewAccount account, Actor by);

    /**
     * Days until the account's password reaches its maximum age, when that is within the warning period
     * (kstp.security.password.*): the workbench warns then, before sign-in starts insisting on a change.
     */
    Optional<Long> passwordExpiryWarning(UUID accountId);
}
