package org.kstp.integrity.domain;

import java.util.UUID;
import org.kstp.common.PersonName;
import org.kstp.integrity.Subject;

/**
 * The subject of a record as registered: an organisation (by USCC) or a person (by account and/or
 * citizen-ID hash; the name is for display and search, kept with the middle dot U+00B7 whichever
 * variant a form or an imported list used).
 */
public record Party(SubjectType type, UUID accountId, String personName, String idHash, String uscc,
                    String organisationName) {

    public Party {
        personName = PersonName.normalise(personName);
    }

    public boolean isOrganisation() {
        return uscc != null;
    }

    public String displayName() {
        return isOrganisation() ? organisationName : personName;
    }

    public Subject subject() {
        return isOrganisation() ? Subject.organisation(uscc, organisationName)
                : Subject.person(accountId, idHash, personName);
    }

    /** A key that identifies the same subject across lists, for duplicate detection. */
    public String identityKey() {
        if (isOrganisation()) {
            return "u:" + uscc;
        }
        return idHash != null ? "h:" + idHash : "a:" + accountId;
    }
}
