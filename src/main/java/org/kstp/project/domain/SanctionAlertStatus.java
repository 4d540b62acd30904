package org.kstp.project.domain;

/** Where an integrity alert on a project stands; every status but CONTINUED holds disbursements. */
public enum SanctionAlertStatus {
    /** Raised by a sanction taking effect; waiting for a staff decision. Disbursement blocked. */
    OPEN,
    /** Staff decided the project continues; disbursements may go on. */
    CONTINUED,
    /** Staff suspended the project; disbursements stay blocked until staff decide to continue. */
    SUSPENDED,
    /** Staff terminated the project; disbursements stay blocked for good. */
    TERMINATED
}
