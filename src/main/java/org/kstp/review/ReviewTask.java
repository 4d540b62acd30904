package org.kstp.review;

import java.util.UUID;

/**
 * One review an expert has taken on or been asked for, as the expert's work list shows it.
 *
 * @param awaitingAcceptance the round's invitation is not yet accepted
 * @param submitted the score sheet is in
 */
public record ReviewTask(UUID assignmentId, UUID proposalId, boolean awaitingAcceptance, boolean submitted) {
}
