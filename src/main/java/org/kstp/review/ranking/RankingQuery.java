package org.kstp.review.ranking;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL read model behind the ranking: valid review totals, decisions and flag counts of one call. */
@Component
class RankingQuery {

    private final JdbcClient jdbc;

    RankingQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every valid (submitted, not invalidated) review of the call. */
    List<ReviewTotal> validTotals(UUID callId) {
        return jdbc.sql("select id, expert_account_id, proposal_id, total from review_scorecard"
                        + " where call_id = ? and submitted_at is not null and invalidated_at is null")
                .param(callId)
                .query((rs, n) -> new ReviewTotal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getBigDecimal(4)))
                .list();
    }

    /** A recorded decision. */
    record Recorded(Decision decision, BigDecimal amount, String note) {
    }

    Map<UUID, Recorded> decisions(UUID callId) {
        Map<UUID, Recorded> result = new HashMap<>();
        jdbc.sql("select proposal_id, decision, amount, note from review_decision where call_id = ?").param(callId)
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), new Recorded(Decision.valueOf(rs.getString(2)),
                            rs.getBigDecimal(3), rs.getString(4)));
                });
        return result;
    }

    Map<UUID, Integer> flagCounts(List<UUID> proposalIds) {
        Map<UUID, Integer> result = new HashMap<>();
        if (proposalIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select proposal_id, count(*) from review_proposal_flag where proposal_id in (:ids)"
                        + " group by proposal_id")
                .param("ids", proposalIds)
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return result;
    }
}
