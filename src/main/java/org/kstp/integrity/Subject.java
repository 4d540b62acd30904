package org.kstp.integrity;

import java.util.UUID;

/**
 * Whom to check: a person by account and/or citizen-ID hash, or an organisation by its unified social
 * credit code. A person known both ways is matched under either key.
 *
 * @param label a display name for reasons; not used for matching
 */
public record Subject(UUID accountId, String idHash, String uscc, String label) {

    public static Subject person(UUID accountId, String label) {
        return new Subject(accountId, null, null, label);
    }

    /** A person by the hash of their citizen ID (see {@link CitizenIdHash}), with or without an account. */
    public static Subject person(UUID accountId, String idHash, String label) {
        return new Subject(accountId, idHash, null, label);
    }

    /** An organisation by its code, normalised by the caller (upper-case, 18 characters). */
    public static Subject organisation(String uscc, String label) {
        return new Subject(null, null, uscc, label);
    }

    public boolean isOrganisation() {
        return uscc != null;
    }
}
