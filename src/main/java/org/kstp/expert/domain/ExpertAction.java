package org.kstp.expert.domain;

/** What can happen to an expert's pool entry. */
public enum ExpertAction {
    APPROVE,
    REQUEST_REFRESH,
    CONFIRM_REFRESH,
    SUSPEND,
    REINSTATE,
    LEAVE,
    /** Taken out by the system because an integrity measure bars the expert from reviewing. */
    LEAVE_ON_SANCTION
}
