package org.kstp.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes by which a holder sets their own password, so no administrator ever chooses or knows it.
 * A code carries 120 random bits, so a plain SHA-256 of it is enough to keep (no one can guess back from the
 * hash); it expires after {@link PasswordRules#activationValidity()} and works once. Issuing a new code for an
 * account voids its earlier unused ones.
 */
@Service
public class Activations {

    /** Why a code was issued; shown in the audit log. */
    public enum Purpose { ACTIVATE, RESET }

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final Passwords passwords;
    private final PasswordRules rules;
    private final AuditApi audit;
    private final Clock clock;

    Activations(JdbcClient jdbc, AccountRepository accounts, Passwords passwords, PasswordRules rules, AuditApi audit,
                Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwords = passwords;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** A code as issued: shown once to the administrator, perhaps e-mailed, never stored. */
    record Issued(String code, Instant expiresAt) {
    }

    /** A new code for the account; the caller shows it once and may e-mail it. */
    Issued issue(UUID accountId, Purpose purpose, Actor by) {
        Instant now = clock.instant();
        jdbc.sql("update identity_activation set used_at = :now where account_id = :id and used_at is null")
                .param("now", Timestamp.from(now)).param("id", accountId).update();
        String code = newCode();
        jdbc.sql("""
                insert into identity_activation (id, account_id, code_hash, purpose, issued_by, issued_at, expires_at)
                values (:id, :account, :hash, :purpose, :by, :now, :expires)""")
                .param("id", UUID.randomUUID()).param("account", accountId).param("hash", hash(code))
                .param("purpose", purpose.name()).param("by", by.accountId()).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(rules.activationValidity()))).update();
        return new Issued(code, now.plus(rules.activationValidity()));
    }

    /** Sets the password with a valid code, and uses the code up; a wrong, used or expired code is refused alike. */
    @Transactional
    public void redeem(String code, String newPassword) {
        UUID accountId = jdbc.sql("""
                update identity_activation set used_at = :now
                where code_hash = :hash and used_at is null and expires_at > :now
                returning account_id""")
                .param("now", Timestamp.from(clock.instant())).param("hash", hash(normalised(code)))
                .query(UUID.class).optional().orElseThrow(() -> new RuleViolation("identity.activation.invalid"));
        Account account = accounts.findById(accountId).orElseThrow(() -> new RuleViolation("identity.activation.invalid"));
        passwords.set(account, newPassword);
        audit.record(account.toActor(), "account", account.id(), "ACTIVATED", null);
    }

    /** Groups of four for reading aloud or typing; the groups' dashes and case do not matter when redeemed. */
    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalised(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised(code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
