package org.kstp.expert.domain;

/** What can happen to an expert's pool entry. */
public enum ExpertAction {
    APPROVE,
    REQUEST_REFRESH,
    CONFIRM_REFRESH,
    SUSPEND,
    REINSTATE,
    LEAVE
}
