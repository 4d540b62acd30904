package org.kstp.review.ranking;

import java.math.BigDecimal;
import org.kstp.proposal.ProposalSummary;

/**
 * One line of a call's ranking.
 *
 * @param rank 1-based position; proposals without a valid review come last, unranked (0)
 * @param cumulative the running sum of amounts down to and including this line
 * @param decision the bureau's recorded decision, or null
 * @param flags how many staff flags the proposal carries
 * @param itemFull below the line because its call item's places are all taken
 */
public record RankedProposal(int rank, ProposalSummary proposal, ProposalAggregate aggregate, BigDecimal score,
                             BigDecimal cumulative, boolean aboveLine, Decision decision, BigDecimal decisionAmount,
                             String decisionNote, int flags, boolean itemFull) {

    /** Whether the decision is final: the proposal is approved or declined and the line no longer moves it. */
    public boolean decided() {
        return "APPROVED".equals(proposal.status()) || "DECLINED".equals(proposal.status());
    }

    /** Reviews are all in and no final decision yet: the bureau may decide now. */
    public boolean decidable() {
        return "REVIEWED".equals(proposal.status());
    }
}
