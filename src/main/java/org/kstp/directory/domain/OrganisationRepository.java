package org.kstp.directory.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface OrganisationRepository extends CrudRepository<Organisation, UUID> {

    Optional<Organisation> findByUscc(String uscc);
}
