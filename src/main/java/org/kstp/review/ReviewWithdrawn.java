package org.kstp.review;

import java.time.Instant;
import java.util.UUID;

/**
 * Staff took an expert off a proposal they had been invited to review, or the round closed before
 * their review was in. The notification module tells the expert, so nobody keeps working on a review
 * that no longer counts.
 *
 * @param roundClosed true when the round's closing ended it; otherwise staff withdrew it with {@code reason}
 */
public record ReviewWithdrawn(UUID assignmentId, UUID proposalId, UUID expertAccountId, String trackingNumber,
                              String title, boolean roundClosed, String reason, Instant at) {
}
