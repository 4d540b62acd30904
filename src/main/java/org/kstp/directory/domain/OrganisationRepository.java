package org.kstp.directory.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;

interface OrganisationRepository extends CrudRepository<Organisation, UUID> {

    Optional<Organisation> findByUscc(String uscc);
}
