package org.kstp.demand.domain;

import java.util.EnumSet;
import java.util.Set;

/** What can be done to a demand once it is submitted. */
public enum DemandAction {
    VET, PUBLISH, UNPUBLISH, REJECT, MERGE, WITHDRAW;

    /** Actions that must carry a reason the submitter will read. */
    public static final Set<DemandAction> NEED_REASON = EnumSet.of(REJECT, UNPUBLISH);

    /** Actions of the bureau; the only other actor who acts on a demand is its submitter. */
    public static final Set<DemandAction> BUREAU = EnumSet.of(VET, PUBLISH, UNPUBLISH, REJECT, MERGE);
}
