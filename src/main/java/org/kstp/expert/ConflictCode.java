package org.kstp.expert;

/** The reason codes of the conflict-of-interest rules; each rule returns exactly one of these. */
public enum ConflictCode {
    /** The expert works, or worked within the window, at the host institution. */
    SAME_ORGANISATION,
    /** The expert works, or worked within the window, at one of the proposal's partner institutions. */
    PARTNER_ORGANISATION,
    /** The expert works, or worked within the window, where a team member is employed. */
    TEAM_EMPLOYER,
    /** The expert declared a relation (supervisor, relative, co-author, collaborator) with a person on the proposal. */
    DECLARED_RELATION,
    /** The expert was PI or team member together with the PI on another proposal or project within the window. */
    RECENT_COLLABORATION,
    /** The expert is the PI or on the proposal team. */
    OWN_TEAM,
    /** The applicant asked that this expert not review the proposal. */
    APPLICANT_EXCLUDED,
    /** The expert's region is the proposal's county (only when the call asks for it). */
    SAME_COUNTY,
    /** An integrity sanction in force bars the expert from reviewing. */
    INTEGRITY_SANCTION,
    /** The expert is not in the pool (not yet approved, suspended, or left). */
    NOT_IN_POOL,
    /** The expert declared availability periods and the date lies outside all of them. */
    UNAVAILABLE
}
