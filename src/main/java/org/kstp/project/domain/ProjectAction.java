package org.kstp.project.domain;

/** What can be done to a project. */
public enum ProjectAction {
    SIGN_AGREEMENT, REQUEST_ACCEPTANCE, START_ACCEPTANCE, PASS_ACCEPTANCE, REQUIRE_RECTIFICATION,
    FAIL_ACCEPTANCE, SUSPEND, RESUME, TERMINATE, CLOSE
}
