package org.kstp.common;

import java.util.EnumSet;
import java.util.Set;

/** The roles of DESIGN section 1. An account holds one or more; the three administrators stay apart. */
public enum Role {
    /** Staff of the prefecture bureau: run programmes, calls, intake, review and awards. */
    BUREAU_STAFF,
    /** Staff of a county bureau: see only their county. */
    COUNTY_STAFF,
    /** Administrator of a host institution: endorses its proposals. */
    INSTITUTION_ADMIN,
    /** Applicant or principal investigator: drafts and submits proposals. */
    APPLICANT,
    /** Review expert: sees only what is assigned to them. */
    EXPERT,
    /** Science commissioner serving villages. */
    COMMISSIONER,
    /** System administrator: accounts and configuration, never business data. */
    SYSTEM_ADMIN,
    /** Security administrator: security policy, never business data. */
    SECURITY_ADMIN,
    /** Audit administrator: reads the audit log, never business data. */
    AUDIT_ADMIN;

    /** The three separated administrators of MLPS level 3; no account may hold two of them. */
    public static final Set<Role> SEPARATED_ADMINISTRATORS = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

    public boolean isSeparatedAdministrator() {
        return SEPARATED_ADMINISTRATORS.contains(this);
    }
}
