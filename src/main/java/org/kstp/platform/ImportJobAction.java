package org.kstp.platform;

/** What can happen to a background import. */
public enum ImportJobAction {
    FINISH_CHECK, START_IMPORT, FINISH_IMPORT, FAIL
}
