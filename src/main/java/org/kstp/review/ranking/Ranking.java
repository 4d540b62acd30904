package org.kstp.review.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A call's ranking: its proposals in order with the funding line drawn at the call's budget.
 * Grouping by call item is the seam for the {@code callitems} work: a ranking per (call, item) once
 * proposals carry their item; until then one group per call ({@code itemId} null).
 */
public record Ranking(UUID callId, UUID itemId, String callTitle, BigDecimal budget, RankingBasis basis,
                      List<RankedProposal> rows) {

    public Ranking {
        rows = List.copyOf(rows);
    }

    public List<RankedProposal> aboveLine() {
        return rows.stream().filter(RankedProposal::aboveLine).toList();
    }
}
