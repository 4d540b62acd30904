package org.kstp.review.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Staff's view of a round under review: per proposal and per expert, who answered, who submitted, who is late. */
@Component
public class RoundProgressQuery {

    private final JdbcClient jdbc;

    RoundProgressQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One invitation with the state of its assignment. */
    public record Line(UUID invitationId, UUID proposalId, UUID expertAccountId, String expertName,
                       InvitationStatus status, boolean submitted, boolean overdue) {
    }

    /**
     * Counts for one proposal or one expert.
     *
     * @param awaiting invited, not yet answered
     */
    public record Tally(UUID id, String name, int awaiting, int accepted, int declined, int submitted, int overdue) {
    }

    public List<Line> lines(UUID roundId, LocalDate today, LocalDate due) {
        return jdbc.sql("""
                select i.id, i.proposal_id, i.expert_account_id, i.expert_name, i.status, a.status
                from review_round_invitation i left join review_assignment a on a.id = i.assignment_id
                where i.round_id = ? order by i.created_at, i.id""").param(roundId)
                .query((rs, n) -> {
                    InvitationStatus status = InvitationStatus.valueOf(rs.getString(5));
                    boolean submitted = "SUBMITTED".equals(rs.getString(6));
                    boolean active = status == InvitationStatus.INVITED || status == InvitationStatus.ACCEPTED;
                    return new Line(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class), rs.getString(4), status, submitted,
                            active && !submitted && today.isAfter(due));
                }).list();
    }

    public List<Tally> byProposal(List<Line> lines, Function<UUID, String> names) {
        return tally(lines, Line::proposalId, l -> names.apply(l.proposalId()));
    }

    public List<Tally> byExpert(List<Line> lines) {
        return tally(lines, Line::expertAccountId, Line::expertName);
    }

    private static List<Tally> tally(List<Line> lines, Function<Line, UUID> key, Function<Line, String> name) {
        Map<UUID, int[]> counts = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (Line l : lines) {
            int[] c = counts.computeIfAbsent(key.apply(l), k -> new int[5]);
            names.putIfAbsent(key.apply(l), name.apply(l));
            c[0] += l.status() == InvitationStatus.INVITED ? 1 : 0;
            c[1] += l.status() == InvitationStatus.ACCEPTED ? 1 : 0;
            c[2] += l.status() == InvitationStatus.DECLINED ? 1 : 0;
            c[3] += l.submitted() ? 1 : 0;
            c[4] += l.overdue() ? 1 : 0;
        }
        List<Tally> result = new ArrayList<>();
        counts.forEach((id, c) -> result.add(new Tally(id, names.get(id), c[0], c[1], c[2], c[3], c[4])));
        return result;
    }
}
