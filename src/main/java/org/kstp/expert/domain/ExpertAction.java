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
    LEAVE_ON_SANCTION,
    /**
     * Brought back by the bureau after the measure that took the expert out was revoked, changed or ran
     * out; refused while any measure still bars them from reviewing, and for experts who left of their own accord.
     */
    RETURN_AFTER_SANCTION
}
