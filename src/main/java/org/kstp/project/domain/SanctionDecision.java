package org.kstp.project.domain;

/** What staff decide about a project whose PI or host was sanctioned. */
public enum SanctionDecision {
    CONTINUE, SUSPEND, TERMINATE
}
