package org.kstp.review;

import java.util.List;
import java.util.UUID;

/**
 * An integrity measure barring an expert from reviewing took effect, so the expert's unsubmitted
 * assignments were withdrawn; bureau staff must find replacements for these proposals. Submitted
 * score sheets stay: they were given before the measure applied.
 *
 * @param record the decision that applies (issuer and document number), for staff
 */
public record PendingAssignmentsWithdrawn(UUID expertAccountId, String expertName, String record,
                                          List<Proposal> proposals) {

    public PendingAssignmentsWithdrawn {
        proposals = List.copyOf(proposals);
    }

    /** A proposal that lost its reviewer. */
    public record Proposal(UUID proposalId, String trackingNumber, String title) {
    }
}
