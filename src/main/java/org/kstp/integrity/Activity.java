package org.kstp.integrity;

/** What a subject wants to do; each sanction measure blocks some of these (configured in sanction-rules.yml). */
public enum Activity {
    /** Apply for a project as principal investigator. */
    APPLY,
    /** Be a member of a proposal or project team. */
    TEAM_MEMBER,
    /** Host a project as the implementing institution. */
    HOST,
    /** Take part in a proposal or project as a partner institution. */
    PARTNER,
    /** Review proposals or projects as an expert. */
    REVIEW,
    /** Receive project funds (disbursements). */
    RECEIVE_FUNDS
}
