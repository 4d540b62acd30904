package org.kstp.review.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.kstp.program.CallItemView;

/**
 * A call's ranking: its proposals in one order with the funding line drawn at the call's budget (and
 * each item's number of places), shown per call item as the guideline lists them.
 */
public record Ranking(UUID callId, String callTitle, BigDecimal budget, RankingBasis basis, List<RankedProposal> rows,
                      List<CallItemView> items) {

    public Ranking {
        rows = List.copyOf(rows);
        items = List.copyOf(items);
    }

    /** The rows of one call item, in rank order; {@code item} null for proposals of a call without items. */
    public record Group(CallItemView item, List<RankedProposal> rows) {
    }

    public List<RankedProposal> aboveLine() {
        return rows.stream().filter(RankedProposal::aboveLine).toList();
    }

    /** One group per item in the guideline's order, then proposals answering no item (if any). */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (CallItemView item : items) {
            groups.add(new Group(item, rows.stream()
                    .filter(r -> item.id().equals(r.proposal().callItemId())).toList()));
        }
        List<RankedProposal> noItem = rows.stream().filter(r -> r.proposal().callItemId() == null
                || items.stream().noneMatch(i -> Objects.equals(i.id(), r.proposal().callItemId()))).toList();
        if (!noItem.isEmpty() || items.isEmpty()) {
            groups.add(new Group(null, noItem));
        }
        return groups;
    }
}
