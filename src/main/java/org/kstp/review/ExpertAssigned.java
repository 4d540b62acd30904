package org.kstp.review;

import java.time.Instant;
import java.util.UUID;

/**
 * An expert was given a proposal to review. The notification module tells the expert; the event is
 * persisted, so a crash after the assignment commits still delivers the notice.
 */
public record ExpertAssigned(UUID assignmentId, UUID proposalId, UUID expertAccountId, String trackingNumber,
                             String title, Instant at) {
}
