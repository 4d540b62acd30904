package org.kstp.program.domain;

/** What the bureau can do to a call. */
public enum CallAction {
    PUBLISH,
    CLOSE
}
