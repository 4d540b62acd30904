package org.kstp.demand.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.directory.DirectoryApi;
import org.kstp.program.ProgramApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff and submitter side of demands, scoped in SQL the same way DemandPermissions scopes one
 * demand: the bureau sees all, a county its county's, an institution administrator their
 * organisation's, everyone the demands they submitted.
 */
@Component
public class DemandQuery {

    private static final String SCOPE = """
            (:bureau or d.submitted_by = :me
             or (:county and d.county_code = :countyCode)
             or (:institution and d.organisation_id = :organisation))
            """;

    private final JdbcClient jdbc;

    DemandQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of the demand list. */
    public record Row(UUID id, String title, String industryCode, String countyCode, BigDecimal coFunding,
                      String status, String submitterName, String organisationName, Instant submittedAt) {
    }

    /** A demand named by another: a merge target, or one merged into it. */
    public record Ref(UUID id, String title, String status) {
    }

    /**
     * A call item, or a call as a whole, the bureau may link a demand to: any call not closed,
     * including drafts being written.
     *
     * @param target "callId" or "callId:itemId", the value the link form posts
     */
    public record CallOption(String target, String title, String programName, String status) {
    }

    public List<Row> list(Actor actor, String status) {
        return scoped(actor, jdbc.sql("""
                select d.id, d.title, d.industry_code, d.county_code, d.co_funding, d.status, d.submitter_name,
                       o.name as organisation_name, d.submitted_at
                from demand_technology_demand d left join %s o on o.id = d.organisation_id
                where""".formatted(DirectoryApi.ORGANISATION_VIEW) + SCOPE + " and (cast(:status as text) is null or d.status = :status)"
                + " order by d.submitted_at desc limit 500")
                .param("status", status == null || status.isBlank() ? null : status))
                .query(Row.class).list();
    }

    /** How many visible demands are in each status, for the filter bar. */
    public Map<String, Integer> countsByStatus(Actor actor) {
        return scoped(actor, jdbc.sql("select d.status, count(*) from demand_technology_demand d where" + SCOPE
                        + " group by d.status"))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Demands folded into this one, so its page shows whose needs it now carries. */
    public List<Ref> mergedInto(UUID id) {
        return jdbc.sql("select id, title, status from demand_technology_demand where merged_into_id = :id"
                        + " order by submitted_at").param("id", id).query(Ref.class).list();
    }

    public Ref ref(UUID id) {
        return jdbc.sql("select id, title, status from demand_technology_demand where id = :id")
                .param("id", id).query(Ref.class).optional().orElse(null);
    }

    /** Open demands another may be merged into, same industry first (duplicates usually share one). */
    public List<Ref> mergeCandidates(UUID id, String industryCode) {
        return jdbc.sql("""
                select id, title, status from demand_technology_demand
                where id <> :id and status in ('SUBMITTED', 'VETTED', 'PUBLISHED')
                order by (industry_code = :industry) desc, submitted_at desc limit 200""")
                .param("id", id).param("industry", industryCode).query(Ref.class).list();
    }

    /**
     * Calls a demand can feed. Read from the program module's published call views because ProgramApi
     * publishes only open calls, while demands mostly feed calls still being drafted from them.
     */
    public List<CallOption> linkableCalls() {
        return jdbc.sql("""
                select c.id::text || coalesce(':' || i.item_id::text, '') as target,
                       c.title || coalesce(' / ' || (i.position + 1) || '. ' || i.title, '') as title,
                       c.program_name, c.status
                from %s c left join %s i on i.call_id = c.id
                where c.status <> 'CLOSED' order by c.created_at desc, i.position nulls first limit 500"""
                .formatted(ProgramApi.CALL_VIEW, ProgramApi.CALL_ITEM_VIEW))
                .query(CallOption.class).list();
    }

    private static JdbcClient.StatementSpec scoped(Actor actor, JdbcClient.StatementSpec spec) {
        return spec.param("bureau", actor.has(Role.BUREAU_STAFF))
                .param("me", actor.accountId())
                .param("county", actor.has(Role.COUNTY_STAFF))
                .param("countyCode", actor.countyCode() == null ? "" : actor.countyCode())
                .param("institution", actor.has(Role.INSTITUTION_ADMIN))
                .param("organisation", actor.organisationId() == null ? new UUID(0, 0) : actor.organisationId());
    }
}
