package org.kstp.audit.domain;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Appends to the chain under a transaction-scoped advisory lock, so concurrent writers never fork it. */
@Service
class AuditLog implements AuditApi {

    static final String GENESIS = "0".repeat(64);
    private static final long CHAIN_LOCK = 0x4b535450_41554449L; // "KSTPAUDI"

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Actor actor, String objectType, Object objectId, String action, String detail) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
        String previous = jdbc.sql("select hash from audit_record order by seq desc limit 1")
                .query(String.class).optional().orElse(GENESIS);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS); // as stored
        String address = remoteAddress();
        String hash = chainHash(previous, at, actor.username(), objectType, String.valueOf(objectId), action, detail);
        jdbc.sql("""
                insert into audit_record (occurred_at, actor_id, actor_username, object_type, object_id, action,
                                          detail, remote_address, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(at), actor.accountId(), actor.username(), objectType,
                        String.valueOf(objectId), action, detail, address, previous, hash)
                .update();
    }

    static String chainHash(String previous, Instant at, String username, String objectType, String objectId,
                            String action, String detail) {
        String content = String.join("\u001f", previous, at.toString(), username, objectType, objectId, action,
                detail == null ? "" : detail);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
