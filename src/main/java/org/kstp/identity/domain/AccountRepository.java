package org.kstp.identity.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface AccountRepository extends CrudRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);
}
