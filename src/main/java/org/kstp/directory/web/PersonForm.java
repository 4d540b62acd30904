package org.kstp.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.kstp.directory.PersonIdType;
import org.kstp.directory.query.PersonQuery;

/**
 * What the person form sends. The ID number is never shown back from the record (only its last four
 * characters): an empty number keeps the one on record. {@code organisationId} is read only from
 * bureau staff; everyone else keeps the record's organisation. {@code version} is the record's
 * version when the form was loaded, so a save over someone else's change is refused.
 */
record PersonForm(@NotBlank @Size(max = 100) String name, @Size(max = 100) String title,
                  @Size(max = 30) String phone, UUID organisationId, @Size(max = 12) String disciplineCode,
                  PersonIdType idType, @Size(max = 40) String idNumber, Long version) {

    static PersonForm empty() {
        return new PersonForm("", "", "", null, "", PersonIdType.CITIZEN_ID, "", null);
    }

    static PersonForm of(PersonQuery.Detail p) {
        return new PersonForm(p.name(), p.title(), p.phone(), p.organisationId(), p.disciplineCode(),
                p.idType() == null ? PersonIdType.CITIZEN_ID : p.idType(), "", p.version());
    }

    /** The field a refusal of the directory belongs next to; null for refusals about the whole form. */
    static String fieldFor(String messageKey) {
        return switch (messageKey) {
            case "directory.person.nameRequired" -> "name";
            case "directory.person.identityRequired", "directory.person.idTaken" -> "idNumber";
            default -> null;
        };
    }
}
