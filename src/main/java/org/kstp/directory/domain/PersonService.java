package org.kstp.directory.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.RuleViolation;
import org.kstp.directory.PersonDetails;
import org.kstp.directory.PersonIdType;
import org.kstp.directory.PersonRecords;
import org.kstp.directory.PersonSummary;
import org.kstp.platform.SqlLike;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Person records for other modules: lookups scoped by organisation or exact ID, audited writes. */
@Service
class PersonService implements PersonRecords {

    private final PersonRepository people;
    private final JdbcClient jdbc;
    private final AuditApi audit;
    private final Clock clock;

    private final PhoneCipher phones;

    PersonService(PersonRepository people, JdbcClient jdbc, AuditApi audit, Clock clock, PhoneCipher phones) {
        this.phones = phones;
        this.people = people;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<PersonSummary> person(UUID id) {
        return id == null ? Optional.empty() : people.findById(id).map(this::summary);
    }

    @Override
    public Optional<PersonSummary> byIdHash(PersonIdType type, String idHash) {
        return idHash == null ? Optional.empty() : people.findByIdTypeAndIdHash(type, idHash).map(this::summary);
    }

    @Override
    public Optional<PersonSummary> byNameAndPhone(String name, String phone) {
        if (name == null || phone == null || name.isBlank() || phone.isBlank()) {
            return Optional.empty();
        }
        return people.findFirstByNameAndPhoneHash(name.trim(), phones.hash(phone)).map(this::summary);
    }

    @Override
    public List<PersonSummary> inOrganisation(UUID organisationId, String namePrefix, int limit) {
        if (organisationId == null) {
            return List.of();
        }
        List<UUID> ids = jdbc.sql("""
                select id from directory_person where organisation_id = ? and name like ? escape '\\'
                order by name limit ?""").params(organisationId, SqlLike.prefix(namePrefix), limit)
                .query(UUID.class).list();
        return ids.stream().map(people::findById).flatMap(Optional::stream).map(this::summary).toList();
    }

    @Override
    @Transactional
    public PersonSummary save(UUID id, PersonDetails details, Actor actor) {
        return write(id, null, details, actor);
    }

    @Override
    @Transactional
    public PersonSummary save(UUID id, Long loadedVersion, PersonDetails details, Actor actor) {
        return write(id, loadedVersion, details, actor);
    }

    private PersonSummary write(UUID id, Long loadedVersion, PersonDetails details, Actor actor) {
        Person person;
        if (id == null) {
            person = Person.create(details, phones.seal(details.phone()), actor, clock.instant());
        } else {
            person = people.findById(id).orElseThrow(() -> new NotFound("person", id));
            if (!person.mayBeEditedBy(actor)) {
                throw new RuleViolation("directory.person.notYours");
            }
            if (loadedVersion != null && !loadedVersion.equals(person.version())) {
                throw new RuleViolation("directory.person.stale");
            }
            person.revise(details, phones.seal(details.phone()), clock.instant());
        }
        Person saved;
        try {
            saved = people.save(person);
        } catch (OptimisticLockingFailureException raced) {
            // saved by someone else between our read and our write
            throw new RuleViolation("directory.person.stale");
        } catch (DuplicateKeyException taken) {
            // The unique index on the ID hash: this number already identifies another record. Saying so
            // reveals nothing new, since the full number already finds that record on the proposal form.
            throw new RuleViolation("directory.person.idTaken");
        }
        audit.record(actor, "person", saved.id(), id == null ? "CREATE" : "UPDATE", saved.summary(phones).name());
        return saved.summary(phones);
    }

    private PersonSummary summary(Person person) {
        return person.summary(phones);
    }

    @Override
    public boolean mayEdit(UUID id, Actor actor) {
        return people.findById(id).map(p -> p.mayBeEditedBy(actor)).orElse(false);
    }
}
