package org.kstp.integrity;

/** Measures a decision may impose (2022 investigation rules, art. 19); which activities each blocks is data. */
public enum MeasureKind {
    /** Admonition or warning; blocks nothing by itself. */
    WARNING,
    /** Notice of criticism, within a scope or public; blocks nothing by itself. */
    NOTICE_OF_CRITICISM,
    /** No applications for projects, awards or titles for a period. */
    BAN_APPLY,
    /** No participation in project teams for a period. */
    BAN_TEAM_MEMBER,
    /** No hosting of projects for a period (institutions). */
    BAN_HOST,
    /** No service as review expert for a period. */
    BAN_REVIEW,
    /** No fiscal research funds for a period. */
    BAN_FUNDS,
    /** Entry in the serious-misconduct list, which triggers joint measures across agencies. */
    SERIOUS_MISCONDUCT_LIST
}
