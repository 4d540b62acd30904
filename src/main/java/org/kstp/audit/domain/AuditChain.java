package org.kstp.audit.domain;

import java.sql.Timestamp;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Recomputes the hash chain to show whether any record was altered or removed behind the trigger's back. */
@Component
public class AuditChain {

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the sequence number of the first broken record, or -1 when the whole chain is intact */
    public long firstBrokenRecord() {
        AtomicReference<String> previous = new AtomicReference<>(AuditLog.GENESIS);
        AtomicLong broken = new AtomicLong(-1);
        jdbc.sql("""
                select seq, occurred_at, actor_username, object_type, object_id, action, detail, previous_hash, hash
                from audit_record order by seq""").query(rs -> {
            if (broken.get() >= 0) {
                return;
            }
            String expected = AuditLog.chainHash(previous.get(), rs.getObject("occurred_at", Timestamp.class).toInstant(),
                    rs.getString("actor_username"), rs.getString("object_type"), rs.getString("object_id"),
                    rs.getString("action"), rs.getString("detail"));
            if (!previous.get().equals(rs.getString("previous_hash")) || !expected.equals(rs.getString("hash"))) {
                broken.set(rs.getLong("seq"));
            }
            previous.set(rs.getString("hash"));
        });
        return broken.get();
    }
}
