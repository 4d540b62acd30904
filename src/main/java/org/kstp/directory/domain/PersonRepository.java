package org.kstp.directory.domain;

import java.util.Optional;
import java.util.UUID;
import org.kstp.directory.PersonIdType;
import org.springframework.data.repository.CrudRepository;

interface PersonRepository extends CrudRepository<Person, UUID> {

    Optional<Person> findByIdTypeAndIdHash(PersonIdType idType, String idHash);

    Optional<Person> findFirstByNameAndPhone(String name, String phone);
}
