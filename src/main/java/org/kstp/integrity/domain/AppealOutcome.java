package org.kstp.integrity.domain;

/** How an appeal ended. A pending appeal does not suspend the measures, so it is not recorded as an entry. */
public enum AppealOutcome {
    /** The decision stands unchanged. */
    UPHELD,
    /** The decision is set aside: the record is void from the start. */
    OVERTURNED,
    /** The decision stands with other measures, given in the appeal entry. */
    VARIED
}
