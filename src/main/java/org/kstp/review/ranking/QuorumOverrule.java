package org.kstp.review.ranking;

import java.time.Instant;

/**
 * The bureau's recorded decision to go ahead with fewer valid reviews than the rule asks for.
 *
 * @param validReviews how many valid reviews the proposal had when overruled
 * @param minimum the minimum in force then
 */
public record QuorumOverrule(String reason, int validReviews, int minimum, String overruledBy, Instant overruledAt) {
}
