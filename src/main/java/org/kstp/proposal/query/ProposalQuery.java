package org.kstp.proposal.query;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.Role;
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
 * The proposal list, scoped in SQL to what the actor may see: the bureau sees every submitted
 * proposal, a county its county's, an institution its own, an applicant those they are on.
 */
@Component
public class ProposalQuery {

    private final JdbcClient jdbc;
    /** Years are business years: a proposal submitted at 00:30 Beijing time on 1 January counts in the new year. */
    private final BusinessTime time;

    ProposalQuery(JdbcClient jdbc, BusinessTime time) {
        this.jdbc = jdbc;
        this.time = time;
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

    private static final String SELECT = """
            select p.id, p.tracking_number, p.title, c.title as call_title, p.status, p.pi_name, p.county_code,
                   p.requested_amount, p.updated_at
            from proposal p left join %s c on c.id = p.call_id
            where""".formatted(ProgramApi.CALL_VIEW);

    private static final SortColumns SORT = SortColumns.of("p.updated_at desc", "p.id")
            .allow("trackingNumber", "p.tracking_number").allow("title", "p.title").allow("call", "c.title")
            .allow("status", "p.status").allow("pi", "p.pi_name").allow("county", "p.county_code")
            .allow("amount", "p.requested_amount").allow("updated", "p.updated_at");

    /** One page of the visible proposals that match the filters and the search text. */
    public Page<Row> page(Actor actor, ProposalFilter filter, ListRequest request) {
        return PagedSql.page(jdbc, SELECT + where(filter), params(actor, filter, request), request, SORT,
                new DataClassRowMapper<>(Row.class));
    }

    /** Every visible proposal that matches, in the list's order: the Excel export of what the list shows. */
    public List<Row> all(Actor actor, ProposalFilter filter, ListRequest request) {
        return PagedSql.all(jdbc, SELECT + where(filter), params(actor, filter, request), request, SORT,
                new DataClassRowMapper<>(Row.class));
    }

    /** How many visible proposals wait in each queue; queues with none are left out. */
    public Map<WorkQueue, Integer> queueCounts(Actor actor, Collection<WorkQueue> queues) {
        Map<WorkQueue, Integer> counts = new EnumMap<>(WorkQueue.class);
        for (WorkQueue queue : queues) {
            int n = jdbc.sql("select count(*) from proposal p left join " + ProgramApi.CALL_VIEW + " c on c.id = p.call_id where"
                            + SCOPE + " and " + queue.condition).params(scope(actor)).query(Integer.class).single();
            if (n > 0) {
                counts.put(queue, n);
            }
        }
        return counts;
    }

    private static String where(ProposalFilter filter) {
        StringBuilder sql = new StringBuilder(SCOPE);
        sql.append("""
                 and (cast(:status as text) is null or p.status = :status)
                 and (cast(:call as uuid) is null or p.call_id = :call)
                 and (cast(:countyFilter as text) is null or p.county_code = :countyFilter)
                 and (cast(:year as integer) is null
                      or extract(year from p.submitted_at at time zone cast(:zone as text)) = :year)
                 and (cast(:q as text) is null or p.title ilike :q or p.tracking_number ilike :q
                      or p.pi_name ilike :q)""");
        if (filter.awaiting() != null) {
            sql.append(" and ").append(filter.awaiting().condition);
        }
        return sql.toString();
    }

    private Map<String, Object> params(Actor actor, ProposalFilter filter, ListRequest request) {
        Map<String, Object> params = scope(actor);
        params.put("zone", time.zone().getId());
        params.put("status", filter.status());
        params.put("call", filter.call());
        params.put("countyFilter", filter.county());
        params.put("year", filter.year());
        params.put("q", request.q() == null ? null : SqlLike.infix(request.q()));
        return params;
    }

    /** A call the actor has visible proposals in, for the list's call filter. */
    public record CallOption(UUID id, String title) {
    }

    public List<CallOption> calls(Actor actor) {
        return scoped(actor, jdbc.sql("select distinct c.id, c.title from proposal p join " + ProgramApi.CALL_VIEW + " c on c.id = p.call_id"
                + " where" + SCOPE + " order by c.title")).query(CallOption.class).list();
    }

    /** The years in which visible proposals were submitted, latest first, for the year filter. */
    public List<Integer> years(Actor actor) {
        return scoped(actor, jdbc.sql("select distinct cast(extract(year from p.submitted_at at time zone cast(:zone as text))"
                + " as integer) y from proposal p where p.submitted_at is not null and" + SCOPE + " order by y desc"))
                .param("zone", time.zone().getId())
                .query(Integer.class).list();
    }

    /** How many visible proposals are in each status, for the filter bar. */
    public Map<String, Integer> countsByStatus(Actor actor) {
        return scoped(actor, jdbc.sql("select p.status, count(*) from proposal p where" + SCOPE + " group by p.status"))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static JdbcClient.StatementSpec scoped(Actor actor, JdbcClient.StatementSpec spec) {
        return spec.params(scope(actor));
    }

    private static Map<String, Object> scope(Actor actor) {
        Map<String, Object> params = new HashMap<>();
        params.put("applicant", actor.has(Role.APPLICANT));
        params.put("me", actor.accountId());
        params.put("bureau", actor.has(Role.BUREAU_STAFF));
        params.put("county", actor.has(Role.COUNTY_STAFF));
        params.put("countyCode", actor.countyCode() == null ? "" : actor.countyCode());
        params.put("institution", actor.has(Role.INSTITUTION_ADMIN));
        params.put("organisation", actor.organisationId() == null ? new UUID(0, 0) : actor.organisationId());
        return params;
    }
}
