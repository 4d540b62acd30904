package org.kstp.identity.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting a password by its holder, under the rules (length, classes, history) and the maximum age. */
@Service
public class Passwords {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final PasswordRules rules;
    private final JdbcClient jdbc;
    private final AuditApi audit;
    private final Clock clock;

    Passwords(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, PasswordRules rules,
              JdbcClient jdbc, AuditApi audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.rules = rules;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The holder changes their own password; the current one is required, so a session left open is not enough. */
    @Transactional
    public void change(Actor holder, String current, String next) {
        Account account = accounts.findById(holder.accountId()).orElseThrow(() -> new NotFound("account", holder.accountId()));
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw new RuleViolation("identity.password.currentWrong");
        }
        set(account, next);
        audit.record(holder, "account", account.id(), "PASSWORD_CHANGED", null);
    }

    /** Checks the rules and the history, keeps the old hash in the history and stores the new one. */
    void set(Account account, String next) {
        policy.check(next);
        if (reused(account, next)) {
            throw new RuleViolation("identity.password.reused", rules.history());
        }
        keepInHistory(account);
        account.changePassword(encoder.encode(next), clock.instant());
        accounts.save(account);
    }

    /**
     * A reset: the password stops working at once and the account waits for activation again (no change time);
     * the old hash stays in the history, so the holder cannot simply set it again.
     */
    void revoke(Account account, String unusableHash) {
        keepInHistory(account);
        account.changePassword(unusableHash, null);
        accounts.save(account);
    }

    /** Only a password its holder set is history; the random hash of an account awaiting activation is not. */
    private void keepInHistory(Account account) {
        if (account.passwordChangedAt() != null) {
            jdbc.sql("insert into identity_password_history (account_id, password_hash, changed_at) values (:id, :hash, :at)")
                    .param("id", account.id()).param("hash", account.passwordHash())
                    .param("at", Timestamp.from(account.passwordChangedAt())).update();
        }
    }

    private boolean reused(Account account, String next) {
        if (rules.history() == 0) {
            return false;
        }
        List<String> earlier = jdbc.sql("""
                select password_hash from identity_password_history where account_id = :id
                order by changed_at desc limit :n""")
                .param("id", account.id()).param("n", Math.max(0, rules.history() - 1)).query(String.class).list();
        return (account.passwordChangedAt() != null && encoder.matches(next, account.passwordHash()))
                || earlier.stream().anyMatch(hash -> encoder.matches(next, hash));
    }

    /** When the account's password reaches its maximum age; empty when ageing is off or no password is set. */
    public Optional<Instant> expiresAt(UUID accountId) {
        if (rules.maxAge().isZero()) {
            return Optional.empty();
        }
        return accounts.findById(accountId).map(Account::passwordChangedAt).map(changed -> changed.plus(rules.maxAge()));
    }

    /** Whether the password must be changed now. */
    public boolean expired(UUID accountId) {
        return expiresAt(accountId).filter(at -> !at.isAfter(clock.instant())).isPresent();
    }

    /** Days left when within the warning period, so the workbench can say so; empty otherwise. */
    public Optional<Long> daysLeftToWarn(UUID accountId) {
        Instant now = clock.instant();
        return expiresAt(accountId).filter(at -> at.isAfter(now) && !at.minus(rules.warnBefore()).isAfter(now))
                .map(at -> Math.max(1, java.time.Duration.between(now, at).toDays()));
    }
}
