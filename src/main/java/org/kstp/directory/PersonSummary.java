package org.kstp.directory;

import java.util.UUID;

/**
 * A person record as other modules see it: no ID number, only its type and last four characters.
 *
 * @param idHash hex SHA-256 of the ID number (for integrity checks), or null
 */
public record PersonSummary(UUID id, String name, PersonIdType idType, String idHash, String idTail, String phone,
                            String title, UUID organisationId, String organisationName, String disciplineCode,
                            UUID accountId) {

    /** The ID as shown on screen, e.g. "****123X"; null without one. */
    public String maskedId() {
        return idTail == null ? null : "****" + idTail;
    }
}
