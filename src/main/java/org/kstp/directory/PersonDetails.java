package org.kstp.directory;

import java.util.UUID;

/**
 * What is written to a person record. The caller hashes the ID number (the directory never sees it)
 * and passes its last four characters for display.
 *
 * @param idHash hex SHA-256 of the normalised number, or null when the person is known by phone only
 * @param organisationId the person's organisation when registered in the directory, else null
 * @param disciplineCode GB/T 13745 code, or null
 */
public record PersonDetails(String name, PersonIdType idType, String idHash, String idTail, String phone,
                            String title, UUID organisationId, String organisationName, String disciplineCode,
                            UUID accountId) {
}
