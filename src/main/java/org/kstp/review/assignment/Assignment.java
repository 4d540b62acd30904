package org.kstp.review.assignment;

/**
 * The outcome of a solve or a draw: the chosen candidate pairs.
 *
 * @param pairs     chosen pair indices into the problem's {@link CandidatePairs}, ascending
 * @param objective total affinity of the chosen pairs
 * @param optimal   whether the solver proved optimality (deterministic mode) or the LP was
 *                  optimal (randomised mode)
 * @param status    the solver's status, for the log
 */
public record Assignment(int[] pairs, double objective, boolean optimal, String status) {
}
