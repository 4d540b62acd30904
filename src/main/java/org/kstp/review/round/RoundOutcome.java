package org.kstp.review.round;

/**
 * What the draw achieved, as the round page shows it.
 *
 * @param objective      total affinity of the drawn pairs
 * @param optimal        whether the solver proved its solution optimal (LP in randomised mode)
 * @param expectedPct    expected affinity of the randomised draw as % of the deterministic optimum (100 in
 *                       deterministic mode)
 * @param maxProbability the largest pair probability (1 in deterministic mode)
 * @param maxLoadDrawn   the most proposals one expert got in this round
 * @param minReviewers   the fewest experts a proposal got
 * @param maxReviewers   the most experts a proposal got
 * @param violations     broken rules found by the independent check plus pairs the conflict rules now exclude
 * @param outsideMissing proposals without the required outside expert
 */
public record RoundOutcome(Double objective, Boolean optimal, Double expectedPct, Double maxProbability,
                           Integer maxLoadDrawn, Integer minReviewers, Integer maxReviewers, Long violations,
                           Integer outsideMissing) {
}
