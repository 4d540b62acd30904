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

    /**
     * The same record with its phone masked ("139****5678"), for anyone who may not edit the record:
     * enough to tell two people apart, not enough to call them.
     */
    public PersonSummary withPhoneMasked() {
        return new PersonSummary(id, name, idType, idHash, idTail, maskedPhone(phone), title, organisationId,
                organisationName, disciplineCode, accountId);
    }

    /** Keeps the first three and last four digits of a phone long enough to have a middle; null stays null. */
    public static String maskedPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.trim();
        return digits.length() <= 7 ? "****" + digits.substring(Math.max(0, digits.length() - 2))
                : digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    /** The ID as shown on screen, e.g. "****123X"; null without one. */
    public String maskedId() {
        return idTail == null ? null : "****" + idTail;
    }
}
