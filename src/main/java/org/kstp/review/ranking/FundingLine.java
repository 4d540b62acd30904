package org.kstp.review.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Draws the funding line through a ranked list: walking down the ranking, each proposal's amount
 * is added to the cumulative sum; it is above the line while the sum stays within the budget (equal
 * to the fen counts as within). The first proposal that would exceed it, and all below it, form the
 * reserve list: the line is not "filled" by skipping to cheaper proposals further down, because
 * rank order is the bureau's stated basis. Rejected proposals are listed but take no money.
 */
public final class FundingLine {

    private FundingLine() {
    }

    /** A proposal in rank order; {@code counts} is false for a rejected one. */
    public record Candidate(UUID proposalId, BigDecimal amount, boolean counts) {
    }

    /** Where one proposal stands relative to the line. */
    public record Position(UUID proposalId, BigDecimal cumulative, boolean aboveLine) {
    }

    public static List<Position> draw(List<Candidate> ranked, BigDecimal budget) {
        List<Position> result = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO.setScale(2);
        boolean crossed = false;
        for (Candidate c : ranked) {
            if (!c.counts()) {
                result.add(new Position(c.proposalId(), cumulative, false));
                continue;
            }
            cumulative = cumulative.add(c.amount());
            crossed = crossed || cumulative.compareTo(budget) > 0;
            result.add(new Position(c.proposalId(), cumulative, !crossed));
        }
        return result;
    }
}
