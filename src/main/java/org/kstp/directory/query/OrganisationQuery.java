package org.kstp.directory.query;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.platform.ListRequest;
import org.kstp.platform.Page;
import org.kstp.platform.PagedSql;
import org.kstp.platform.SortColumns;
import org.kstp.platform.SqlLike;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisation list for staff. The county scope is part of the SQL, so a county's staff never
 * receive another county's rows, whatever the page does with them.
 */
@Component
public class OrganisationQuery {

    /** Matches no county code: county staff whose account lacks a county see nothing rather than everything. */
    private static final String NO_COUNTY = "";

    private final JdbcClient jdbc;

    OrganisationQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(UUID id, String uscc, String name, String countyCode, String countyName,
                      boolean needsReview, Instant createdAt, String legalRepName) {
    }

    /** Organisations the actor may see, flagged ones first, then by name; at most {@code limit}. */
    public List<Row> visibleTo(Actor actor, int limit) {
        return jdbc.sql("""
                select o.id, o.uscc, o.name, o.county_code, c.name as county_name, o.needs_review, o.created_at,
                       o.legal_rep_name
                from directory_organisation o left join directory_county c on c.code = o.county_code
                where cast(:county as text) is null or o.county_code = :county
                order by o.needs_review desc, o.name, o.uscc
                limit :limit""")
                .param("county", countyScope(actor))
                .param("limit", limit)
                .query(Row.class).list();
    }

    private static final String SELECT = """
            select o.id, o.uscc, o.name, o.county_code, c.name as county_name, o.needs_review, o.created_at,
                   o.legal_rep_name
            from directory_organisation o left join directory_county c on c.code = o.county_code
            where (cast(:county as text) is null or o.county_code = :county)
              and (cast(:countyFilter as text) is null or o.county_code = :countyFilter)
              and (cast(:needsReview as boolean) is null or o.needs_review = :needsReview)
              and (cast(:q as text) is null or o.name ilike :q or o.uscc ilike :q)""";

    private static final SortColumns SORT = SortColumns.of("o.needs_review desc, o.name", "o.uscc")
            .allow("name", "o.name").allow("uscc", "o.uscc").allow("county", "o.county_code")
            .allow("status", "o.needs_review").allow("created", "o.created_at");

    /**
     * One page of the organisations the actor may see, filtered by county ({@code countyFilter}, within
     * the actor's scope), by whether the code still needs review, and by name or code.
     */
    public Page<Row> page(Actor actor, String countyFilter, Boolean needsReview, ListRequest request) {
        return PagedSql.page(jdbc, SELECT, params(actor, countyFilter, needsReview, request), request, SORT,
                new DataClassRowMapper<>(Row.class));
    }

    /** Every organisation the same filters match, in the list's order: the Excel export of the list. */
    public List<Row> all(Actor actor, String countyFilter, Boolean needsReview, ListRequest request) {
        return PagedSql.all(jdbc, SELECT, params(actor, countyFilter, needsReview, request), request, SORT,
                new DataClassRowMapper<>(Row.class));
    }

    private static Map<String, Object> params(Actor actor, String countyFilter, Boolean needsReview,
                                              ListRequest request) {
        Map<String, Object> params = new HashMap<>();
        params.put("county", countyScope(actor));
        params.put("countyFilter", countyFilter == null || countyFilter.isBlank() ? null : countyFilter.strip());
        params.put("needsReview", needsReview);
        params.put("q", request.q() == null ? null : SqlLike.infix(request.q()));
        return params;
    }

    /** Null for the bureau (all counties); the actor's county for county staff; never null for anyone else. */
    static String countyScope(Actor actor) {
        if (actor.has(Role.BUREAU_STAFF)) {
            return null;
        }
        return actor.countyCode() == null ? NO_COUNTY : actor.countyCode();
    }
}
