package org.kstp.identity.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and locks it at the limit, each in one SQL statement: PostgreSQL
 * serialises the updates of one row, so 30 parallel failures count 30 (loading, counting and saving the
 * aggregate lost most of them and answered one with an optimistic-locking 500). Failures while the account
 * is locked do not extend the lock. Each statement also bumps the aggregate's version, so an administrator's
 * concurrent save cannot write back a stale count.
 */
@Component
class LoginAttempts {

    private final JdbcClient jdbc;
    private final SecuritySettings settings;
    private final AuditApi audit;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, SecuritySettings settings, AuditApi audit, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    private record Counted(UUID id, String displayName, Instant lockedUntil) {
    }

    /**
     * One wrong password (or second-factor code) for this user name; an unknown name changes nothing. The answer
     * is whether the account is locked now.
     */
    @Transactional
    public boolean failed(String username) {
        Instant now = clock.instant();
        Instant until = now.plus(settings.lockDuration());
        Optional<Counted> counted = jdbc.sql("""
                update identity_account set
                  failed_logins = case when locked_until > :now then failed_logins
                                       when failed_logins + 1 >= :limit then 0 else failed_logins + 1 end,
                  locked_until  = case when locked_until > :now then locked_until
                                       when failed_logins + 1 >= :limit then :until else locked_until end,
                  version = version + 1
                where username = :username
                returning id, display_name, locked_until""")
                .param("now", Timestamp.from(now)).param("until", Timestamp.from(until))
                .param("limit", settings.maxFailedLogins()).param("username", username.trim())
                .query(Counted.class).optional();
        counted.ifPresent(account -> {
            Actor actor = new Actor(account.id(), username.trim(), account.displayName(), java.util.Set.of(), null, null);
            audit.record(actor, "account", account.id(), "LOGIN_FAILED", null);
            if (until.equals(account.lockedUntil())) {
                audit.record(actor, "account", account.id(), "LOCKED", "until " + until);
            }
        });
        return counted.map(account -> account.lockedUntil() != null && account.lockedUntil().isAfter(now)).orElse(false);
    }

    /** A sign-in that passed every step; audited as the account. */
    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInAccount signedIn) {
            audit.record(signedIn.actor(), "account", signedIn.actor().accountId(), "LOGIN", null);
        }
    }

    /**
     * Admits a sign-in whose password was right, if and only if the account is enabled and not locked at this
     * moment, and clears its failure count in the same statement: a lock committed by a parallel failure is
     * always seen, so a locked account's right password never signs in.
     */
    @Transactional
    public boolean admit(UUID accountId) {
        return jdbc.sql("""
                update identity_account set failed_logins = 0, locked_until = null, version = version + 1
                where id = :id and enabled and (locked_until is null or locked_until <= :now)
                returning id""")
                .param("id", accountId).param("now", Timestamp.from(clock.instant()))
                .query(UUID.class).optional().isPresent();
    }
}
