package org.kstp.expert;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of the conflict rules. Review passes each call's own values (kept by the program
 * module); this bean, bound from kstp.rules.conflict.* in application.yml, is the fallback for a
 * screening without a call. A window of 0 years means "only now"; a negative one means "default".
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
        sameOrganisationYears = sameOrganisationYears < 0 ? 3 : sameOrganisationYears;
        relationYears = relationYears < 0 ? 3 : relationYears;
        collaborationYears = collaborationYears < 0 ? 3 : collaborationYears;
    }

    public static ConflictSettings defaults() {
        return new ConflictSettings(3, 3, 3, false);
    }

    public ConflictSettings withSameCounty(boolean on) {
        return new ConflictSettings(sameOrganisationYears, relationYears, collaborationYears, on);
    }
}
