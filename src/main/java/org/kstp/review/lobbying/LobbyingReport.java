package org.kstp.review.lobbying;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What an expert reported: who approached them, when and how. Stored as given, never edited.
 *
 * @param approachedBy the person (and organisation, if known) who approached the expert
 */
public record LobbyingReport(UUID id, UUID assignmentId, UUID proposalId, UUID reporterAccountId,
                             String reporterName, String approachedBy, LocalDate approachedOn,
                             LobbyingChannel channel, String details, Instant reportedAt) {
}
