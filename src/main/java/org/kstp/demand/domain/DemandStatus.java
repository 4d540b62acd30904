package org.kstp.demand.domain;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of a technology demand. */
public enum DemandStatus {
    /** Sent by its submitter; waiting for the bureau to check it is a real, well-stated need. */
    SUBMITTED,
    /** Checked by the bureau; may be linked to calls, not yet shown to the public. */
    VETTED,
    /** On the public demand list, so researchers and other enterprises can see what is needed. */
    PUBLISHED,
    /** Not taken up; the reason is kept in the history for the submitter to read. */
    REJECTED,
    /** A duplicate folded into another demand, which carries it on from here. */
    MERGED,
    /** Taken back by its submitter before publication. */
    WITHDRAWN;

    /** Statuses a demand can still be merged into or linked from: it is alive and was not folded away. */
    public static final Set<DemandStatus> OPEN = EnumSet.of(SUBMITTED, VETTED, PUBLISHED);

    /** Statuses in which the bureau has accepted the need, so it may feed calls. */
    public static final Set<DemandStatus> LINKABLE = EnumSet.of(VETTED, PUBLISHED);
}
