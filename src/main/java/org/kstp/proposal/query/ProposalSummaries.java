package org.kstp.proposal.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.kstp.proposal.ProposalSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proposals as the review module lists them, by status and optionally call, in one query. Loading the
 * aggregates instead took eight queries per proposal (one per collection), on every round and ranking page.
 */
@Component
public class ProposalSummaries {

    private static final String COLUMNS = """
            select p.id, p.call_id, p.tracking_number, p.title, p.summary, p.keywords, p.plan_task_code,
                   p.industry_code, p.county_code, p.requested_amount, p.approved_amount, p.host_organisation_id,
                   p.pi_name, p.status, p.submitted_at, p.call_item_id, p.discipline_code,
                   array(select t.name from proposal_team_member t where t.proposal_id = p.id
                         order by t.position) as team_names
            from proposal p
            """;

    private final JdbcClient jdbc;

    ProposalSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In any call, in order of submission. */
    public List<ProposalSummary> withStatus(Collection<String> statuses) {
        return jdbc.sql(COLUMNS + "where p.status in (:statuses) order by p.submitted_at, p.id")
                .param("statuses", statuses).query(ProposalSummaries::row).list();
    }

    /** In one call, in order of submission. */
    public List<ProposalSummary> ofCallWithStatus(UUID callId, Collection<String> statuses) {
        return jdbc.sql(COLUMNS + "where p.call_id = :call and p.status in (:statuses) order by p.submitted_at, p.id")
                .param("call", callId).param("statuses", statuses).query(ProposalSummaries::row).list();
    }

    private static ProposalSummary row(ResultSet rs, int n) throws SQLException {
        return new ProposalSummary(rs.getObject("id", UUID.class), rs.getObject("call_id", UUID.class),
                rs.getString("tracking_number"), rs.getString("title"), rs.getString("summary"),
                rs.getString("keywords"), rs.getString("plan_task_code"), rs.getString("industry_code"),
                rs.getString("county_code"), rs.getBigDecimal("requested_amount"), rs.getBigDecimal("approved_amount"),
                rs.getObject("host_organisation_id", UUID.class), rs.getString("pi_name"),
                names(rs.getArray("team_names")), rs.getString("status"),
                rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant(),
                rs.getObject("call_item_id", UUID.class), rs.getString("discipline_code"));
    }

    private static List<String> names(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
