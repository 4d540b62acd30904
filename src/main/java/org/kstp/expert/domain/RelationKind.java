package org.kstp.expert.domain;

/** Kinds of declared relation; the first two count for life, the others for a configured window. */
public enum RelationKind {
    SUPERVISOR_STUDENT(true),
    RELATIVE(true),
    CO_AUTHOR(false),
    COLLABORATOR(false);

    private final boolean lifelong;

    RelationKind(boolean lifelong) {
        this.lifelong = lifelong;
    }

    public boolean lifelong() {
        return lifelong;
    }
}
