package org.kstp.expert;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of the conflict rules (kstp.rules.conflict.* in application.yml). Today one set applies
 * to every call; a call-level override can replace it per call later without changing the rules.
 *
 * @param sameOrganisationYears how long after leaving an organisation an expert still counts as its own
 * @param relationYears how long a declared co-author or collaborator relation counts after its end date
 *                      (supervisor/student and relatives count for life)
 * @param collaborationYears how long joint work on a proposal or project with the PI counts
 * @param sameCounty whether experts from the proposal's county are excluded
 */
@ConfigurationProperties("kstp.rules.conflict")
public record ConflictSettings(int sameOrganisationYears, int relationYears, int collaborationYears,
                               boolean sameCounty) {

    public ConflictSettings {
        sameOrganisationYears = sameOrganisationYears <= 0 ? 3 : sameOrganisationYears;
        relationYears = relationYears <= 0 ? 3 : relationYears;
        collaborationYears = collaborationYears <= 0 ? 3 : collaborationYears;
    }

    public static ConflictSettings defaults() {
        return new ConflictSettings(3, 3, 3, false);
    }

    public ConflictSettings withSameCounty(boolean on) {
        return new ConflictSettings(sameOrganisationYears, relationYears, collaborationYears, on);
    }
}
