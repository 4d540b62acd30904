package org.kstp.integrity.domain;

/** The five kinds of subject of MOST Order No. 19 (2020) on research-integrity records. */
public enum SubjectType {
    /** Project management agencies and their staff. */
    MANAGING_AGENCY,
    /** Institutions that implement (host) projects. */
    IMPLEMENTING_INSTITUTION,
    /** Researchers: principal investigators and team members. */
    RESEARCHER,
    /** Consulting and review experts. */
    REVIEW_EXPERT,
    /** Third-party science and technology service providers and their staff. */
    SERVICE_PROVIDER
}
