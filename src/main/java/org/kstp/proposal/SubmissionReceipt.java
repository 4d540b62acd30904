package org.kstp.proposal;

import java.time.Instant;
import java.util.UUID;

/**
 * Proof of one submission: what the PI is shown, e-mailed and given as PDF.
 *
 * @param round 1 for the first submission, 2 after a return and resubmission, and so on
 * @param sha256 hex SHA-256 of the stored snapshot's UTF-8 bytes; recomputing it proves the copy unchanged
 */
public record SubmissionReceipt(UUID proposalId, int round, String trackingNumber, String title,
                                Instant submittedAt, String sha256) {
}
