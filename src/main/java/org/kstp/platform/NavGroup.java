package org.kstp.platform;

/**
 * The work areas of the sidebar, in the order users of Chinese government platforms expect. Areas
 * whose pages are not built yet (commissioners, enterprises and carriers, achievements) have no items,
 * so no user sees them until their first page is added to {@link Navigation}.
 */
public enum NavGroup {
    /** Programmes, calls, proposals, demands. */
    APPLICATION,
    /** Review rounds and expert assignments. */
    REVIEW,
    /** Awarded projects. */
    PROJECTS,
    /** The expert pool and research-integrity records. */
    INTEGRITY_EXPERTS,
    /** Science commissioners and their villages. */
    COMMISSIONERS,
    /** Enterprises and innovation carriers. */
    ENTERPRISES_CARRIERS,
    /** Achievements and technology transfer. */
    ACHIEVEMENTS,
    /** The five-year plan's indicators. */
    PLAN,
    /** Organisations, people, accounts and the audit log. */
    SYSTEM
}
