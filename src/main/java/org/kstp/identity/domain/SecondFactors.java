package org.kstp.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor: a TOTP secret per account, confirmed by a first right code, and ten one-time recovery codes
 * for a lost phone. A code is accepted for the current time step or one step either side (clock drift), and
 * each step only once: the last accepted step is moved forward by one conditional update, so a code seen over
 * someone's shoulder cannot be used again.
 */
@Service
public class SecondFactors {

    private static final int DIGITS = 6;
    private static final int RECOVERY_CODES = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditApi audit;
    private final Clock clock;

    SecondFactors(JdbcClient jdbc, AuditApi audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the enrolment page shows: the secret in groups of four and the otpauth URI an app can scan. */
    public record Enrolment(String secret, String uri) {
    }

    public boolean enrolled(UUID accountId) {
        return jdbc.sql("select count(*) from identity_second_factor where account_id = :id and confirmed_at is not null")
                .param("id", accountId).query(Long.class).single() > 0;
    }

    /** A new secret awaiting confirmation (replacing an unconfirmed one); a confirmed factor stays as it is. */
    @Transactional
    public Enrolment start(Actor holder) {
        Account.require(!enrolled(holder.accountId()), "identity.mfa.alreadyEnrolled");
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        String base32 = Totp.base32(secret);
        jdbc.sql("""
                insert into identity_second_factor (account_id, secret, created_at) values (:id, :secret, :now)
                on conflict (account_id) do update set secret = excluded.secret, created_at = excluded.created_at""")
                .param("id", holder.accountId()).param("secret", base32)
                .param("now", Timestamp.from(clock.instant())).update();
        String uri = "otpauth://totp/KSTP:" + holder.username() + "?secret=" + base32 + "&issuer=KSTP&digits=" + DIGITS
                + "&period=" + Totp.STEP_SECONDS;
        return new Enrolment(base32.replaceAll("(.{4})(?!$)", "$1 "), uri);
    }

    /** The first right code confirms the secret; the answer is the ten recovery codes, shown once. */
    @Transactional
    public List<String> confirm(Actor holder, String code) {
        String secret = jdbc.sql("select secret from identity_second_factor where account_id = :id and confirmed_at is null")
                .param("id", holder.accountId()).query(String.class).optional()
                .orElseThrow(() -> new RuleViolation("identity.mfa.noEnrolment"));
        long step = acceptedStep(secret, code);
        jdbc.sql("update identity_second_factor set confirmed_at = :now, last_step = :step where account_id = :id")
                .param("now", Timestamp.from(clock.instant())).param("step", step).param("id", holder.accountId()).update();
        jdbc.sql("delete from identity_recovery_code where account_id = :id").param("id", holder.accountId()).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = recoveryCode();
            codes.add(recovery);
            jdbc.sql("insert into identity_recovery_code (account_id, code_hash) values (:id, :hash)")
                    .param("id", holder.accountId()).param("hash", hash(holder.accountId(), recovery)).update();
        }
        audit.record(holder, "account", holder.accountId(), "MFA_ENROLLED", null);
        return codes;
    }

    /** A right, unused TOTP code or an unused recovery code; either is used up by being accepted. */
    @Transactional
    public boolean verify(UUID accountId, String code) {
        String secret = jdbc.sql("select secret from identity_second_factor where account_id = :id and confirmed_at is not null")
                .param("id", accountId).query(String.class).optional().orElse(null);
        if (secret == null || code == null) {
            return false;
        }
        String digits = code.replaceAll("\\s", "");
        if (digits.matches("\\d{" + DIGITS + "}")) {
            long step = matchingStep(secret, digits);
            return step >= 0 && jdbc.sql("""
                    update identity_second_factor set last_step = :step where account_id = :id and last_step < :step""")
                    .param("step", step).param("id", accountId).update() == 1;
        }
        return jdbc.sql("""
                update identity_recovery_code set used_at = :now
                where account_id = :id and code_hash = :hash and used_at is null""")
                .param("now", Timestamp.from(clock.instant())).param("id", accountId)
                .param("hash", hash(accountId, normalised(code))).update() == 1;
    }

    private long acceptedStep(String secret, String code) {
        long step = code == null ? -1 : matchingStep(secret, code.replaceAll("\\s", ""));
        if (step < 0) {
            throw new RuleViolation("identity.mfa.wrongCode");
        }
        return step;
    }

    /** The step (now, one before or one after) whose code this is, or -1. */
    private long matchingStep(String secret, String code) {
        byte[] key = Totp.fromBase32(secret);
        long now = Totp.step(clock.instant().getEpochSecond());
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(Totp.code(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return step;
            }
        }
        return -1;
    }

    private static String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i == 6) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalised(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** Salted with the account id, so equal codes of two accounts do not hash alike. */
    private static String hash(UUID accountId, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(accountId.toString().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(normalised(code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
