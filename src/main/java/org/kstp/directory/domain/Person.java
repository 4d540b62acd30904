package org.kstp.directory.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.directory.PersonDetails;
import org.kstp.directory.PersonIdType;
import org.kstp.directory.PersonSummary;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person record, entered once and offered on later proposals. It is known by an ID number (kept
 * only as a keyed hash) or, failing that, by a phone number (kept encrypted, with a keyed hash to find
 * it by); a record with neither could never be found again, so it is refused.
 */
@Table("directory_person")
class Person {

    @Id
    private final UUID id;
    private String name;
    private PersonIdType idType;
    private String idHash;
    private String idTail;
    private byte[] phoneSealed;
    private String phoneHash;
    private String phoneTail;
    private String title;
    private UUID organisationId;
    private String organisationName;
    private String disciplineCode;
    private UUID accountId;
    private final UUID createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @SuppressWarnings("checkstyle:ParameterNumber")
    Person(UUID id, String name, PersonIdType idType, String idHash, String idTail, byte[] phoneSealed,
           String phoneHash, String phoneTail, String title, UUID organisationId, String organisationName,
           String disciplineCode, UUID accountId, UUID createdBy, Instant createdAt, Instant updatedAt, Long version) {
        this.id = id;
        this.name = name;
        this.idType = idType;
        this.idHash = idHash;
        this.idTail = idTail;
        this.phoneSealed = phoneSealed;
        this.phoneHash = phoneHash;
        this.phoneTail = phoneTail;
        this.title = title;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.disciplineCode = disciplineCode;
        this.accountId = accountId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Person create(PersonDetails details, PhoneCipher.SealedPhone phone, Actor actor, Instant now) {
        Person person = new Person(UUID.randomUUID(), null, null, null, null, null, null, null, null, null, null,
                null, null, actor.accountId(), now, now, null);
        person.revise(details, phone, now);
        return person;
    }

    /**
     * Takes the new details. An ID already on the record is kept when none is given (forms show only
     * its last four characters and send nothing back), but a different ID replaces it; likewise a
     * phone (sealed by the caller from {@code d.phone()}), null keeping the one on record.
     */
    void revise(PersonDetails d, PhoneCipher.SealedPhone newPhone, Instant now) {
        if (d.name() == null || d.name().isBlank()) {
            throw new RuleViolation("directory.person.nameRequired");
        }
        // an empty phone keeps the one on record (below), so only a record left with neither is refused
        if (d.idHash() == null && idHash == null && newPhone == null && phoneHash == null) {
            throw new RuleViolation("directory.person.identityRequired");
        }
        name = d.name().trim();
        if (d.idHash() != null) {
            idType = d.idType() == null ? PersonIdType.CITIZEN_ID : d.idType();
            idHash = d.idHash();
            idTail = d.idTail();
        }
        if (newPhone != null) {
            phoneSealed = newPhone.sealed();
            phoneHash = newPhone.hash();
            phoneTail = newPhone.tail();
        }
        title = blankToNull(d.title());
        organisationId = d.organisationId();
        organisationName = blankToNull(d.organisationName());
        disciplineCode = blankToNull(d.disciplineCode());
        accountId = d.accountId() == null ? accountId : d.accountId();
        updatedAt = now;
    }

    /** Bureau staff, the person themselves, the record's creator and colleagues of its organisation. */
    boolean mayBeEditedBy(Actor actor) {
        return actor.has(Role.BUREAU_STAFF) || Objects.equals(actor.accountId(), accountId)
                || Objects.equals(actor.accountId(), createdBy)
                || organisationId != null && Objects.equals(actor.organisationId(), organisationId);
    }

    /** The record for other modules, its phone decrypted: callers mask it for whoever may not edit it. */
    PersonSummary summary(PhoneCipher phones) {
        return new PersonSummary(id, name, idType, idHash, idTail, phones.open(phoneSealed), title, organisationId,
                organisationName, disciplineCode, accountId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    UUID id() {
        return id;
    }

    Long version() {
        return version;
    }
}
