package org.kstp.proposal.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.program.ProgramApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The proposal list, scoped in SQL to what the actor may see: the bureau sees every submitted
 * proposal, a county its county's, an institution its own, an applicant those they are on.
 */
@Component
public class ProposalQuery {

    private final JdbcClient jdbc;

    ProposalQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(UUID id, String trackingNumber, String title, String callTitle, String status,
                      String piName, String countyCode, BigDecimal requestedAmount, Instant updatedAt) {
    }

    private static final String SCOPE = """
            ((:applicant and (p.pi_account_id = :me or exists (select 1 from proposal_team_member t
                                where t.proposal_id = p.id and t.account_id = :me)))
             or (p.submitted_at is not null and (:bureau
                 or (:county and p.county_code = :countyCode)
                 or (:institution and p.host_organisation_id = :organisation))))
            """;

    public List<Row> list(Actor actor, String status) {
        return scoped(actor, jdbc.sql("""
                select p.id, p.tracking_number, p.title, c.title as call_title, p.status, p.pi_name, p.county_code,
                       p.requested_amount, p.updated_at
                from proposal p left join %s c on c.id = p.call_id
                where""".formatted(ProgramApi.CALL_VIEW) + SCOPE + " and (cast(:status as text) is null or p.status = :status)"
                + " order by p.updated_at desc limit 500")
                .param("status", status == null || status.isBlank() ? null : status))
                .query(Row.class).list();
    }

    /** How many visible proposals are in each status, for the filter bar. */
    public Map<String, Integer> countsByStatus(Actor actor) {
        return scoped(actor, jdbc.sql("select p.status, count(*) from proposal p where" + SCOPE + " group by p.status"))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static JdbcClient.StatementSpec scoped(Actor actor, JdbcClient.StatementSpec spec) {
        return spec.param("applicant", actor.has(Role.APPLICANT))
                .param("me", actor.accountId())
                .param("bureau", actor.has(Role.BUREAU_STAFF))
                .param("county", actor.has(Role.COUNTY_STAFF))
                .param("countyCode", actor.countyCode() == null ? "" : actor.countyCode())
                .param("institution", actor.has(Role.INSTITUTION_ADMIN))
                .param("organisation", actor.organisationId() == null ? new UUID(0, 0) : actor.organisationId());
    }
}
