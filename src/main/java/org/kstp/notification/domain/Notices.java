package org.kstp.notification.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The notice table. Every read and write names the recipient: nobody reaches another person's notices. */
@Repository
public class Notices {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final Clock clock;

    Notices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds a notice unless this recipient already has one for {@code dedupKey}; true if it was added. */
    boolean add(UUID recipient, String messageKey, List<String> args, String link, String dedupKey) {
        return jdbc.sql("""
                insert into notification_notice (id, recipient_id, message_key, args, link, dedup_key, created_at)
                values (?, ?, ?, cast(? as jsonb), ?, ?, ?) on conflict (recipient_id, dedup_key) do nothing""")
                .params(UUID.randomUUID(), recipient, messageKey, JSON.writeValueAsString(args), link, dedupKey,
                        Timestamp.from(clock.instant()))
                .update() == 1;
    }

    public int unreadCount(UUID recipient) {
        return jdbc.sql("select count(*) from notification_notice where recipient_id = ? and read_at is null")
                .param(recipient).query(Integer.class).single();
    }

    /** The newest notices first. */
    public List<Notice> latest(UUID recipient, int limit) {
        return jdbc.sql("""
                select id, message_key, args::text, link, created_at, read_at from notification_notice
                where recipient_id = ? order by created_at desc, id limit ?""").params(recipient, limit)
                .query((rs, n) -> new Notice(rs.getObject(1, UUID.class), rs.getString(2),
                        JSON.readValue(rs.getString(3), STRINGS), rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .list();
    }

    @Transactional
    public void markRead(UUID id, UUID recipient) {
        jdbc.sql("update notification_notice set read_at = ? where id = ? and recipient_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), id, recipient).update();
    }

    @Transactional
    public void markAllRead(UUID recipient) {
        jdbc.sql("update notification_notice set read_at = ? where recipient_id = ? and read_at is null")
                .params(Timestamp.from(clock.instant()), recipient).update();
    }
}
