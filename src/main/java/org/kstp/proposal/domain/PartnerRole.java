package org.kstp.proposal.domain;

/** What a partner institution contributes to the project. */
public enum PartnerRole {
    /** Shares the research work. */
    JOINT_RESEARCH,
    /** Provides the site where results are demonstrated and applied. */
    DEMONSTRATION,
    /** Provides equipment, testing or technical services. */
    TECHNICAL_SUPPORT,
    /** Takes the results to market or into production. */
    COMMERCIALISATION
}
