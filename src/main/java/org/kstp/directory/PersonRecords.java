package org.kstp.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kstp.common.Actor;

/**
 * Person records (researchers) entered once and reused on every later proposal. Looking a person up
 * needs either their organisation (search by name inside it) or their exact ID number (by its hash),
 * so nobody can browse people at other organisations.
 */
public interface PersonRecords {

    Optional<PersonSummary> person(UUID id);

    /** The record with this ID number, by the hash the caller computed. */
    Optional<PersonSummary> byIdHash(PersonIdType type, String idHash);

    /** The record of someone known only by name and phone. */
    Optional<PersonSummary> byNameAndPhone(String name, String phone);

    /** The record linked to this account (a PI's own record), if any. */
    Optional<PersonSummary> ofAccount(UUID accountId);

    /** People of one organisation whose name starts with {@code namePrefix}, by name; at most {@code limit}. */
    List<PersonSummary> inOrganisation(UUID organisationId, String namePrefix, int limit);

    /**
     * Creates a record ({@code id} null) or updates one. Updating is for bureau staff, the person's own
     * account, whoever created the record, and people of the record's organisation; anyone else is
     * refused. Audited either way.
     */
    PersonSummary save(UUID id, PersonDetails details, Actor actor);

    /**
     * {@link #save(UUID, PersonDetails, Actor)} for an edit form: refused with
     * {@code directory.person.stale} when the record is no longer at the version the form was loaded
     * with, so nobody overwrites a change they never saw. A null version skips the check (new records).
     * An ID number that already identifies another record is refused with {@code directory.person.idTaken}.
     */
    PersonSummary save(UUID id, Long loadedVersion, PersonDetails details, Actor actor);

    /** Whether {@link #save} would let this actor change this record. */
    boolean mayEdit(UUID id, Actor actor);
}
