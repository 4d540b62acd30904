package org.kstp.program;

import org.kstp.common.RuleViolation;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers of a call's conflict-of-interest rules. Today's values (kstp.rules.conflict.* in
 * application.yml) are copied into each new call; staff may change them on the call, and review
 * screens experts with the call's own values.
 *
 * @param sameOrganisationYears how long after leaving the host an expert still counts as its own
 * @param relationYears how long a declared co-author or collaborator relation counts after it ended
 * @param collaborationYears how long joint work with the PI on a proposal or project counts
 * @param sameCounty whether experts from the proposal's county are excluded
 */
@ConfigurationProperties("kstp.rules.conflict")
public record ConflictRules(int sameOrganisationYears, int relationYears, int collaborationYears,
                            boolean sameCounty) {

    /** The longest window a call may set; longer windows would exclude most of a small pool. */
    public static final int MAX_YEARS = 20;

    public static ConflictRules defaults() {
        return new ConflictRules(3, 3, 3, false);
    }

    /** Refuses windows below zero or above {@link #MAX_YEARS}. */
    public ConflictRules validated() {
        for (int years : new int[] {sameOrganisationYears, relationYears, collaborationYears}) {
            if (years < 0 || years > MAX_YEARS) {
                throw new RuleViolation("program.call.conflictYears", MAX_YEARS);
            }
        }
        return this;
    }
}
