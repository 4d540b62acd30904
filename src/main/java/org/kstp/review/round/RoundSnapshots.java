package org.kstp.review.round;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.kstp.review.assignment.CandidatePairs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores and reloads a round's draw input exactly, scores as float4, so a re-run sees the same numbers. */
@Repository
class RoundSnapshots {

    private final JdbcClient jdbc;

    RoundSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(UUID roundId, RoundProblem problem) {
        jdbc.sql("delete from review_round_expert where round_id = ?").param(roundId).update();
        jdbc.sql("delete from review_round_candidate where round_id = ?").param(roundId).update();
        for (int e = 0; e < problem.experts().size(); e++) {
            SnapshotExpert x = problem.experts().get(e);
            jdbc.sql("""
                    insert into review_round_expert (round_id, idx, expert_account_id, expert_name, organisation,
                    outside, capacity) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(roundId, e, x.accountId(), x.name(), x.organisation(), x.outside(), x.capacity()).update();
        }
        CandidatePairs c = problem.pairs();
        for (int p = 0; p < problem.proposals().size(); p++) {
            for (int i = c.start()[p]; i < c.start()[p + 1]; i++) {
                jdbc.sql("""
                        insert into review_round_candidate (round_id, proposal_id, position, expert_idx, score)
                        values (?, ?, ?, ?, ?)""")
                        .params(roundId, problem.proposals().get(p), i - c.start()[p], c.expert()[i], c.score()[i])
                        .update();
            }
        }
    }

    /** The saved input of a drawn round; the proposals are the round's, in id order like the draw. */
    RoundProblem load(ReviewRound round) {
        List<SnapshotExpert> experts = jdbc.sql("""
                select expert_account_id, expert_name, organisation, outside, capacity from review_round_expert
                where round_id = ? order by idx""").param(round.id())
                .query((rs, n) -> new SnapshotExpert(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        rs.getBoolean(4), rs.getInt(5))).list();
        List<UUID> proposals = new ArrayList<>(new TreeSet<>(round.proposalIds()));
        int[] start = new int[proposals.size() + 1];
        List<int[]> rows = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        for (int p = 0; p < proposals.size(); p++) {
            List<Object[]> pairs = jdbc.sql("""
                    select expert_idx, score from review_round_candidate where round_id = ? and proposal_id = ?
                    order by position""").params(round.id(), proposals.get(p))
                    .query((rs, n) -> new Object[] {rs.getInt(1), rs.getFloat(2)}).list();
            int[] e = new int[pairs.size()];
            for (int i = 0; i < e.length; i++) {
                e[i] = (Integer) pairs.get(i)[0];
                scores.add((Float) pairs.get(i)[1]);
            }
            rows.add(e);
            start[p + 1] = start[p] + e.length;
        }
        int[] expert = rows.stream().flatMapToInt(Arrays::stream).toArray();
        float[] score = new float[scores.size()];
        for (int i = 0; i < score.length; i++) {
            score[i] = scores.get(i);
        }
        return new RoundProblem(proposals, experts, new CandidatePairs(proposals.size(), start, expert, score),
                round.parameters().reviewersPerProposal(), round.parameters().requireOutside());
    }
}
