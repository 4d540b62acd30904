package org.kstp.identity.domain;

import java.util.Optional;
import java.util.UUID;
import org.kstp.common.RuleViolation;
import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface AccountRepository extends CrudRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    /** The user name trimmed, if it has the allowed form and no account holds it yet. */
    default String freeUsername(String requested) {
        String username = requested == null ? "" : requested.trim();
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            throw new RuleViolation("identity.account.usernameFormat");
        }
        if (findByUsername(username).isPresent()) {
            throw new RuleViolation("identity.account.usernameTaken", username);
        }
        return username;
    }
}
