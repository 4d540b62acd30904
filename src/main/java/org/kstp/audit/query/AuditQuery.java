package org.kstp.audit.query;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read model for browsing the log, newest first, filtered by object type, object id or user. */
@Component
public class AuditQuery {

    public static final int PAGE_SIZE = 50;

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

    public List<Row> page(Filter filter, int page) {
        return jdbc.sql("""
                select seq, occurred_at, actor_username, object_type, object_id, action, detail, remote_address
                from audit_record
                where (cast(:type as text) is null or object_type = :type)
                  and (cast(:id as text) is null or object_id = :id)
                  and (cast(:user as text) is null or actor_username = :user)
                order by seq desc limit :limit offset :offset""")
                .param("type", filter.like(filter.objectType()))
                .param("id", filter.like(filter.objectId()))
                .param("user", filter.like(filter.username()))
                .param("limit", PAGE_SIZE)
                // long: a huge page number must give an empty page, not an overflowed negative offset
                .param("offset", (long) Math.max(page, 0) * PAGE_SIZE)
                .query(Row.class).list();
    }
}
