package org.kstp.review.lobbying;

import java.time.Instant;
import java.util.UUID;

/** A staff-only flag on a proposal and its applicant, with why. */
public record ProposalFlag(UUID id, UUID proposalId, UUID reportId, String note, String flaggedBy,
                           Instant flaggedAt) {
}
