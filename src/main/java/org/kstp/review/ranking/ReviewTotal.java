package org.kstp.review.ranking;

import java.math.BigDecimal;
import java.util.UUID;

/** One valid review's weighted total on 0-100: the unit every aggregate is computed from. */
public record ReviewTotal(UUID reviewId, UUID expertId, UUID proposalId, BigDecimal total) {
}
