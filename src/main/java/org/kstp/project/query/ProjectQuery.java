package org.kstp.project.query;

import org.kstp.common.BusinessTime;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/** The project list, scoped in SQL like proposals: bureau all, county its own, institution its own, PI theirs. */
@Component
public class ProjectQuery {

    static final String SCOPE = """
            (:bureau or (:county and county_code = :countyCode)
               or (:institution and host_organisation_id = :organisation)
               or (:applicant and pi_account_id = :me))""";

    private static final String SELECT = """
            select id, tracking_number, title, pi_name, county_code, approved_amount, status, created_at
            from project
            where""" + SCOPE + """
             and (cast(:status as text) is null or status = :status)
             and (cast(:countyFilter as text) is null or county_code = :countyFilter)
             and (cast(:year as integer) is null or extract(year from created_at at time zone cast(:zone as text)) = :year)
             and (cast(:q as text) is null or title ilike :q or tracking_number ilike :q or pi_name ilike :q)""";

    private static final SortColumns SORT = SortColumns.of("created_at desc", "id")
            .allow("trackingNumber", "tracking_number").allow("title", "title").allow("status", "status")
            .allow("pi", "pi_name").allow("county", "county_code").allow("amount", "approved_amount")
            .allow("created", "created_at");

    private final JdbcClient jdbc;
    /** Years are business years, counted in the business time zone (kstp.business-zone). */
    private final BusinessTime time;

    ProjectQuery(JdbcClient jdbc, BusinessTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    public record Row(UUID id, String trackingNumber, String title, String piName, String countyCode,
                      BigDecimal approvedAmount, String status, Instant createdAt) {
    }

    /** One page of the visible projects matching the filters (status, county, year) and the search text. */
    public Page<Row> page(Actor actor, ProjectFilter filter, ListRequest request) {
        return PagedSql.page(jdbc, SELECT, params(actor, filter, request), request, SORT,
                new DataClassRowMapper<>(Row.class));
    }

    /** Every visible project matching, in the list's order: the Excel export of what the list shows. */
    public List<Row> all(Actor actor, ProjectFilter filter, ListRequest request) {
        return PagedSql.all(jdbc, SELECT, params(actor, filter, request), request, SORT,
                new DataClassRowMapper<>(Row.class));
    }

    /** The years in which visible projects were awarded, latest first, for the year filter. */
    public List<Integer> years(Actor actor) {
        return jdbc.sql("select distinct cast(extract(year from created_at at time zone cast(:zone as text)) as integer) y"
                + " from project where" + SCOPE + " order by y desc").params(scope(actor)).param("zone", time.zone().getId()).query(Integer.class).list();
    }

    /** How many visible projects are in the status. */
    public long countInStatus(Actor actor, String status) {
        return jdbc.sql("select count(*) from project where" + SCOPE + " and status = :status").params(scope(actor))
                .param("status", status).query(Long.class).single();
    }

    private Map<String, Object> params(Actor actor, ProjectFilter filter, ListRequest request) {
        Map<String, Object> params = scope(actor);
        params.put("zone", time.zone().getId());
        params.put("status", filter.status());
        params.put("countyFilter", filter.county());
        params.put("year", filter.year());
        params.put("q", request.q() == null ? null : SqlLike.infix(request.q()));
        return params;
    }

    static Map<String, Object> scope(Actor actor) {
        Map<String, Object> params = new HashMap<>();
        params.put("bureau", actor.has(Role.BUREAU_STAFF));
        params.put("county", actor.has(Role.COUNTY_STAFF));
        params.put("countyCode", actor.countyCode() == null ? "" : actor.countyCode());
        params.put("institution", actor.has(Role.INSTITUTION_ADMIN));
        params.put("organisation", actor.organisationId() == null ? new UUID(0, 0) : actor.organisationId());
        params.put("applicant", actor.has(Role.APPLICANT));
        params.put("me", actor.accountId());
        return params;
    }
}
