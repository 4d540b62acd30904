package org.kstp.review.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Draws the funding line through a ranked list: walking down the ranking, each proposal's amount
 * is added to the cumulative sum; it is above the line while the sum stays within the budget (equal
 * to the fen counts as within). The first proposal that would exceed it, and all below it, form the
 * reserve list: the line is not "filled" by skipping to cheaper proposals further down, because
 * rank order is the bureau's stated basis. Rejected proposals are listed but take no money.
 * A call item may fund at most N projects: once its N places are taken, its further
 * proposals go to the reserve list without taking money, and the line moves on for the other items.
 */
public final class FundingLine {

    private FundingLine() {
    }

    /** A proposal in rank order; {@code counts} is false for a rejected one; {@code itemId} may be null. */
    public record Candidate(UUID proposalId, BigDecimal amount, boolean counts, UUID itemId) {

        public Candidate(UUID proposalId, BigDecimal amount, boolean counts) {
            this(proposalId, amount, counts, null);
        }
    }

    /** Where one proposal stands relative to the line; {@code itemFull}: below it because its item is full. */
    public record Position(UUID proposalId, BigDecimal cumulative, boolean aboveLine, boolean itemFull) {
    }

    public static List<Position> draw(List<Candidate> ranked, BigDecimal budget) {
        return draw(ranked, budget, Map.of());
    }

    /** @param itemLimits most projects funded per call item; items not in the map are unlimited */
    public static List<Position> draw(List<Candidate> ranked, BigDecimal budget, Map<UUID, Integer> itemLimits) {
        List<Position> result = new ArrayList<>();
        Map<UUID, Integer> taken = new HashMap<>();
        BigDecimal cumulative = BigDecimal.ZERO.setScale(2);
        boolean crossed = false;
        for (Candidate c : ranked) {
            if (!c.counts()) {
                result.add(new Position(c.proposalId(), cumulative, false, false));
                continue;
            }
            Integer limit = c.itemId() == null ? null : itemLimits.get(c.itemId());
            if (limit != null && taken.getOrDefault(c.itemId(), 0) >= limit) {
                result.add(new Position(c.proposalId(), cumulative, false, true));
                continue;
            }
            cumulative = cumulative.add(c.amount());
            crossed = crossed || cumulative.compareTo(budget) > 0;
            if (!crossed && c.itemId() != null) {
                taken.merge(c.itemId(), 1, Integer::sum);
            }
            result.add(new Position(c.proposalId(), cumulative, !crossed, false));
        }
        return result;
    }
}
