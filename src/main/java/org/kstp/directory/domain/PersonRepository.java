package org.kstp.directory.domain;

import java.util.Optional;
import java.util.UUID;
import org.kstp.directory.PersonIdType;
import org.springframework.data.repository.CrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface PersonRepository extends CrudRepository<Person, UUID> {

    Optional<Person> findByIdTypeAndIdHash(PersonIdType idType, String idHash);

    Optional<Person> findFirstByNameAndPhoneHash(String name, String phoneHash);
}
