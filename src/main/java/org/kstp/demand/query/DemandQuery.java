package org.kstp.demand.query;

import java.util.HashMap;
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
import org.kstp.platform.ListRequest;
import org.kstp.platform.Page;
import org.kstp.platform.PagedSql;
import org.kstp.platform.SortColumns;
import org.kstp.platform.SqlLike;
import org.springframework.jdbc.core.DataClassRowMapper;
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

    private static final String SELECT = """
            select d.id, d.title, d.industry_code, d.county_code, d.co_funding, d.status, d.submitter_name,
                   o.name as organisation_name, d.submitted_at
            from demand_technology_demand d left join %s o on o.id = d.organisation_id
            where""".formatted(DirectoryApi.ORGANISATION_VIEW) + SCOPE + """
             and (cast(:status as text) is null or d.status = :status)
             and (cast(:countyFilter as text) is null or d.county_code = :countyFilter)
             and (cast(:industry as text) is null or d.industry_code = :industry)
             and (cast(:q as text) is null or d.title ilike :q or d.submitter_name ilike :q or o.name ilike :q)""";

    private static final SortColumns SORT = SortColumns.of("d.submitted_at desc", "d.id")
            .allow("title", "d.title").allow("status", "d.status").allow("industry", "d.industry_code")
            .allow("county", "d.county_code").allow("coFunding", "d.co_funding").allow("submitted", "d.submitted_at");

    /** One page of the visible demands matching status, county, industry and the search text. */
    public Page<Row> page(Actor actor, String status, String county, String industry, ListRequest request) {
        return PagedSql.page(jdbc, SELECT, params(actor, status, county, industry, request), request, SORT,
                new DataClassRowMapper<>(Row.class));
    }

    /** Every visible demand that matches, in the list's order: the Excel export of what the list shows. */
    public List<Row> all(Actor actor, String status, String county, String industry, ListRequest request) {
        return PagedSql.all(jdbc, SELECT, params(actor, status, county, industry, request), request, SORT,
                new DataClassRowMapper<>(Row.class));
    }

    private static Map<String, Object> params(Actor actor, String status, String county, String industry,
                                              ListRequest request) {
        Map<String, Object> params = scope(actor);
        params.put("status", blankToNull(status));
        params.put("countyFilter", blankToNull(county));
        params.put("industry", blankToNull(industry));
        params.put("q", request.q() == null ? null : SqlLike.infix(request.q()));
        return params;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
        return spec.params(scope(actor));
    }

    private static Map<String, Object> scope(Actor actor) {
        Map<String, Object> params = new HashMap<>();
        params.put("bureau", actor.has(Role.BUREAU_STAFF));
        params.put("me", actor.accountId());
        params.put("county", actor.has(Role.COUNTY_STAFF));
        params.put("countyCode", actor.countyCode() == null ? "" : actor.countyCode());
        params.put("institution", actor.has(Role.INSTITUTION_ADMIN));
        params.put("organisation", actor.organisationId() == null ? new UUID(0, 0) : actor.organisationId());
        return params;
    }
}
