package org.kstp.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A call as seen from outside the program module.
 *
 * @param acceptingProposals published and inside its window at the time of the query
 * @param endorsementRequired proposals go through host-institution endorsement
 * @param recommendationRequired proposals go through county recommendation
 */
public record CallView(UUID id, UUID programId, String programName, String planTaskCode, String title,
                       String guideline, Instant opensAt, Instant closesAt, BigDecimal budgetCap,
                       boolean endorsementRequired, boolean recommendationRequired, boolean acceptingProposals) {
}
