package org.kstp.expert.query;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kstp.directory.DirectoryApi;
import org.kstp.platform.ListRequest;
import org.kstp.platform.Page;
import org.kstp.platform.PagedSql;
import org.kstp.platform.SortColumns;
import org.kstp.platform.SqlLike;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The bureau's list of the pool, newest changes first, paged, optionally one status only. */
@Component
public class ExpertQuery {

    private final JdbcClient jdbc;

    ExpertQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(UUID accountId, String name, String username, String title, String employer,
                      String disciplines, String keywords, String region, boolean partnerProvince, String status) {

        /** The discipline codes, in the order the expert gave them. */
        public List<String> disciplineCodes() {
            return codes(disciplines);
        }
    }

    /** The codes of a stored comma-separated discipline list. */
    private static List<String> codes(String disciplines) {
        return disciplines == null || disciplines.isBlank() ? List.of()
                : Arrays.stream(disciplines.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    private static final String SELECT = """
            select e.account_id, e.name, e.username, e.title, o.name as employer, e.disciplines, e.keywords,
                   e.region, e.partner_province, e.status
            from expert e left join %s o on o.id = e.employer_organisation_id
            where (cast(:status as text) is null or e.status = :status)
              and (cast(:q as text) is null or e.name ilike :q or e.username ilike :q or e.keywords ilike :q
                   or o.name ilike :q or e.disciplines ilike :q)""".formatted(DirectoryApi.ORGANISATION_VIEW);

    private static final SortColumns SORT = SortColumns.of("e.updated_at desc", "e.account_id")
            .allow("name", "e.name").allow("employer", "o.name").allow("region", "e.region")
            .allow("status", "e.status");

    /** One page of the pool, optionally one status only, searched by name, account, keyword, employer or discipline code. */
    public Page<Row> page(String status, ListRequest request) {
        Map<String, Object> params = new HashMap<>();
        params.put("status", status == null || status.isBlank() ? null : status);
        params.put("q", request.q() == null ? null : SqlLike.infix(request.q()));
        return PagedSql.page(jdbc, SELECT, params, request, SORT, new DataClassRowMapper<>(Row.class));
    }
}
