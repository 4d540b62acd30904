package org.kstp.review.ranking;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * A proposal's aggregate over its valid reviews.
 *
 * @param normalised mean of the reviews' per-expert z-scores (dimensionless, 0 = the experts' own average)
 * @param outliers reviews far from the median (see {@link Aggregation#OUTLIER_DISTANCE})
 * @param tooFewReviews fewer valid reviews than {@link ReviewQuorum#minimum()}: not a reliable score
 */
public record ProposalAggregate(UUID proposalId, int validReviews, BigDecimal mean, BigDecimal trimmedMean,
                                BigDecimal normalised, BigDecimal median, Set<UUID> outliers,
                                boolean tooFewReviews) {

    public ProposalAggregate {
        outliers = Set.copyOf(outliers);
    }

    /** The value the ranking sorts by; null when the proposal has no valid review. */
    public BigDecimal score(RankingBasis basis) {
        return switch (basis) {
            case MEAN -> mean;
            case TRIMMED_MEAN -> trimmedMean;
            case Z_SCORE -> normalised;
        };
    }

    static ProposalAggregate none(UUID proposalId) {
        return new ProposalAggregate(proposalId, 0, null, null, null, null, Set.of(), true);
    }
}
