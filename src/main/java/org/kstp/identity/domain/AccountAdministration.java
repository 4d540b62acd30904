package org.kstp.identity.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrators' view of accounts (no business data) and the security administrator's unlock. */
@Service
public class AccountAdministration {

    private final AccountRepository accounts;
    private final JdbcClient jdbc;
    private final AuditApi audit;
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, JdbcClient jdbc, AuditApi audit, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public record Row(UUID id, String username, String displayName, String roles, String countyCode, String email,
                      Instant lockedUntil, boolean locked) {
    }

    public List<Row> list() {
        return jdbc.sql("""
                select a.id, a.username, a.display_name, string_agg(r.role, ',' order by r.role) as roles,
                       a.county_code, a.email, a.locked_until, coalesce(a.locked_until > :now, false) as locked
                from identity_account a left join identity_account_role r on r.account_id = a.id
                group by a.id order by a.username""")
                .param("now", java.sql.Timestamp.from(clock.instant())).query(Row.class).list();
    }

    /** The system administrator keeps addresses current; a blank one stops e-mail to the account. */
    @Transactional
    public void changeEmail(UUID id, String email, Actor actor) {
        if (!actor.has(Role.SYSTEM_ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("system administrator only");
        }
        Account account = accounts.findById(id).orElseThrow(() -> new NotFound("account", id));
        account.changeEmail(email);
        accounts.save(account);
        audit.record(actor, "account", id, "CHANGE_EMAIL", account.email());
    }

    @Transactional
    public void unlock(UUID id, Actor actor) {
        if (!actor.has(Role.SECURITY_ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("security administrator only");
        }
        Account account = accounts.findById(id).orElseThrow(() -> new NotFound("account", id));
        account.recordSuccessfulLogin();
        accounts.save(account);
        audit.record(actor, "account", id, "UNLOCK", account.username());
    }
}
