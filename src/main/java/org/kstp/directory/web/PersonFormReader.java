package org.kstp.directory.web;

import java.util.Optional;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.PersonDetails;
import org.kstp.directory.PersonIdHash;
import org.kstp.directory.PersonIdType;
import org.kstp.directory.query.PersonQuery;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The person form to the details a record is saved with. The ID number is hashed here, as on the
 * proposal form, so the number itself never reaches the directory; whatever is wrong with a field is
 * reported next to it, all fields at once.
 */
@Component
class PersonFormReader {

    private final PersonIdHash idHash;
    private final DirectoryApi directory;

    PersonFormReader(DirectoryApi directory, PersonIdHash idHash) {
        this.idHash = idHash;
        this.directory = directory;
    }

    /** An organisation as a record stores it: its directory id (if any) and its name. */
    private record Affiliation(UUID id, String name) {
    }

    /**
     * The details to save; empty when a field was refused (the errors say which).
     *
     * @param current the record as loaded, or null for a new one
     */
    Optional<PersonDetails> read(PersonForm form, PersonQuery.Detail current, Actor actor, BindingResult errors) {
        String discipline = blankToNull(form.disciplineCode());
        if (discipline != null && !errors.hasFieldErrors("disciplineCode")
                && directory.discipline(discipline).isEmpty()) {
            errors.rejectValue("disciplineCode", "directory.person.disciplineUnknown", new Object[] {discipline},
                    null);
        }
        PersonIdType type = form.idType() == null ? PersonIdType.CITIZEN_ID : form.idType();
        String number = blankToNull(form.idNumber());
        String hash = null;
        if (number != null && !errors.hasFieldErrors("idNumber")) {
            try {
                hash = idHash.of(type, number);
            } catch (RuleViolation malformed) {
                errors.rejectValue("idNumber", malformed.messageKey(), malformed.arguments(), null);
            }
        }
        Affiliation organisation = organisation(form, current, actor, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new PersonDetails(form.name().trim(), type, hash,
                hash == null ? null : PersonIdHash.tail(number), blankToNull(form.phone()),
                blankToNull(form.title()), organisation.id(), organisation.name(), discipline, null));
    }

    /**
     * Bureau staff choose among directory organisations; choosing none keeps the name typed on a
     * proposal for someone outside the directory. Nobody else may move a record to another
     * organisation (that would take it out of, or into, an institution's scope), so it keeps its own.
     */
    private Affiliation organisation(PersonForm form, PersonQuery.Detail current, Actor actor, BindingResult errors) {
        if (!actor.has(Role.BUREAU_STAFF)) {
            return current == null ? new Affiliation(null, null)
                    : new Affiliation(current.organisationId(), current.organisationName());
        }
        if (form.organisationId() == null) {
            boolean outsideDirectory = current != null && current.organisationId() == null;
            return new Affiliation(null, outsideDirectory ? current.organisationName() : null);
        }
        return directory.organisation(form.organisationId()).map(o -> new Affiliation(o.id(), o.name()))
                .orElseGet(() -> {
                    errors.rejectValue("organisationId", "directory.person.unknownOrganisation");
                    return new Affiliation(null, null);
                });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
