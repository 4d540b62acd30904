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

    PersonService(PersonRepository people, JdbcClient jdbc, AuditApi audit, Clock clock) {
        this.people = people;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Optional<PersonSummary> person(UUID id) {
        return id == null ? Optional.empty() : people.findById(id).map(Person::summary);
    }

    @Override
    public Optional<PersonSummary> byIdHash(PersonIdType type, String idHash) {
        return idHash == null ? Optional.empty() : people.findByIdTypeAndIdHash(type, idHash).map(Person::summary);
    }

    @Override
    public Optional<PersonSummary> byNameAndPhone(String name, String phone) {
        if (name == null || phone == null || name.isBlank() || phone.isBlank()) {
            return Optional.empty();
        }
        return people.findFirstByNameAndPhone(name.trim(), phone.trim()).map(Person::summary);
    }

    @Override
    public List<PersonSummary> inOrganisation(UUID organisationId, String namePrefix, int limit) {
        if (organisationId == null) {
            return List.of();
        }
        String prefix = namePrefix == null ? "" : namePrefix.trim().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        List<UUID> ids = jdbc.sql("""
                select id from directory_person where organisation_id = ? and name like ? escape '\\'
                order by name limit ?""").params(organisationId, prefix + "%", limit).query(UUID.class).list();
        return ids.stream().map(people::findById).flatMap(Optional::stream).map(Person::summary).toList();
    }

    @Override
    @Transactional
    public PersonSummary save(UUID id, PersonDetails details, Actor actor) {
        Person person;
        if (id == null) {
            person = Person.create(details, actor, clock.instant());
        } else {
            person = people.findById(id).orElseThrow(() -> new NotFound("person", id));
            if (!person.mayBeEditedBy(actor)) {
                throw new RuleViolation("directory.person.notYours");
            }
            person.revise(details, clock.instant());
        }
        Person saved = people.save(person);
        audit.record(actor, "person", saved.id(), id == null ? "CREATE" : "UPDATE", saved.summary().name());
        return saved.summary();
    }

    @Override
    public boolean mayEdit(UUID id, Actor actor) {
        return people.findById(id).map(p -> p.mayBeEditedBy(actor)).orElse(false);
    }
}
