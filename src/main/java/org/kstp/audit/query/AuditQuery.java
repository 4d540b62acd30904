package org.kstp.audit.query;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.kstp.platform.ListRequest;
import org.kstp.platform.Page;
import org.kstp.platform.PagedSql;
import org.kstp.platform.SortColumns;
import org.kstp.platform.SqlLike;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read model for browsing the log, newest first, filtered by object type, object id or user, and
 * searched in the action and detail text.
 */
@Component
public class AuditQuery {

    private static final String SELECT = """
            select seq, occurred_at, actor_username, object_type, object_id, action, detail, remote_address
            from audit_record
            where (cast(:type as text) is null or object_type = :type)
              and (cast(:id as text) is null or object_id = :id)
              and (cast(:user as text) is null or actor_username = :user)
              and (cast(:q as text) is null or action ilike :q or detail ilike :q)""";

    private static final SortColumns SORT = SortColumns.of("seq desc", "seq")
            .allow("occurredAt", "occurred_at").allow("username", "actor_username").allow("objectType", "object_type")
            .allow("action", "action");

    private final JdbcClient jdbc;

    AuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(long seq, Instant occurredAt, String actorUsername, String objectType, String objectId,
                      String action, String detail, String remoteAddress) {
    }

    public record Filter(String objectType, String objectId, String username) {
        String like(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }

    public Page<Row> page(Filter filter, ListRequest request) {
        Map<String, Object> params = new HashMap<>();
        params.put("type", filter.like(filter.objectType()));
        params.put("id", filter.like(filter.objectId()));
        params.put("user", filter.like(filter.username()));
        params.put("q", request.q() == null ? null : SqlLike.infix(request.q()));
        return PagedSql.page(jdbc, SELECT, params, request, SORT, new DataClassRowMapper<>(Row.class));
    }
}
