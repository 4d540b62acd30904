package org.kstp.identity.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the administrators do to accounts, under {@link AdministrationRules}; every act is audited. Acts that
 * change what an account may do (roles, disabling, a password reset) also end its sessions, so the change
 * holds at once and not only at the next sign-in.
 */
@Service
public class AccountAdministration {

    private final AccountRepository accounts;
    private final Activations activations;
    private final Passwords passwords;
    private final ActivationMail mail;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final AuditApi audit;
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, Activations activations, Passwords passwords, ActivationMail mail,
                          PasswordEncoder encoder, JdbcClient jdbc, AuditApi audit, Clock clock) {
        this.accounts = accounts;
        this.activations = activations;
        this.passwords = passwords;
        this.mail = mail;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public record Row(UUID id, String username, String displayName, String roles, String countyCode, String email,
                      Instant lockedUntil, boolean locked, boolean enabled, boolean awaitingActivation) {
    }

    /** An account to open: everything but a password, which its holder sets by activation. */
    public record Opening(String username, String displayName, Set<Role> roles, String countyCode,
                          UUID organisationId, String email) {
    }

    /**
     * A code to hand over, shown once on the administrator's page; when it was e-mailed to the holder instead,
     * code is null and mailed true.
     */
    public record Handover(String username, String code, Instant expiresAt, boolean mailed) {
    }

    public List<Row> list() {
        return jdbc.sql("""
                select a.id, a.username, a.display_name, string_agg(r.role, ',' order by r.role) as roles,
                       a.county_code, a.email, a.locked_until, coalesce(a.locked_until > :now, false) as locked,
                       a.enabled, a.password_changed_at is null as awaiting_activation
                from identity_account a left join identity_account_role r on r.account_id = a.id
                group by a.id order by a.username""")
                .param("now", java.sql.Timestamp.from(clock.instant())).query(Row.class).list();
    }

    /** The system administrator opens an account without choosing its password. */
    @Transactional
    public Handover open(Opening opening, Actor by) {
        AdministrationRules.mayOpen(by, opening.roles());
        String username = accounts.freeUsername(opening.username());
        Account account = Account.openAwaitingActivation(username, unusableHash(), opening.displayName(),
                opening.roles(), opening.countyCode(), opening.organisationId(), opening.email(), clock.instant());
        accounts.save(account);
        audit.record(by, "account", account.id(), "CREATE", username + " " + opening.roles());
        return handOver(account, Activations.Purpose.ACTIVATE, by);
    }

    /** The security administrator makes the holder set a new password; the old one stops working now. */
    @Transactional
    public Handover resetPassword(UUID id, Actor by) {
        Account account = load(id);
        AdministrationRules.mayAdminister(by, account);
        passwords.revoke(account, unusableHash());
        endSessionsOf(account);
        audit.record(by, "account", id, "PASSWORD_RESET", account.username());
        return handOver(account, Activations.Purpose.RESET, by);
    }

    @Transactional
    public void changeRoles(UUID id, Set<Role> roles, Actor by) {
        Account account = load(id);
        AdministrationRules.mayAssign(by, account, roles);
        Set<Role> before = account.roles();
        account.changeRoles(roles);
        accounts.save(account);
        endSessionsOf(account);
        audit.record(by, "account", id, "CHANGE_ROLES", account.username() + " " + before + " -> " + roles);
    }

    @Transactional
    public void disable(UUID id, Actor by) {
        Account account = load(id);
        AdministrationRules.mayAdminister(by, account);
        account.disable();
        accounts.save(account);
        endSessionsOf(account);
        audit.record(by, "account", id, "DISABLE", account.username());
    }

    @Transactional
    public void enable(UUID id, Actor by) {
        Account account = load(id);
        AdministrationRules.mayAdminister(by, account);
        account.enable();
        accounts.save(account);
        audit.record(by, "account", id, "ENABLE", account.username());
    }

    @Transactional
    public void unlock(UUID id, Actor by) {
        Account account = load(id);
        AdministrationRules.mayAdminister(by, account);
        account.unlock();
        accounts.save(account);
        audit.record(by, "account", id, "UNLOCK", account.username());
    }

    /** Signs the account out on every browser (sessions are rows of identity_http_session). */
    @Transactional
    public int endSessions(UUID id, Actor by) {
        Account account = load(id);
        AdministrationRules.mayAdminister(by, account);
        int ended = endSessionsOf(account);
        audit.record(by, "account", id, "END_SESSIONS", account.username() + " " + ended);
        return ended;
    }

    /** The system administrator keeps addresses current; a blank one stops e-mail to the account. */
    @Transactional
    public void changeEmail(UUID id, String email, Actor by) {
        Account account = load(id);
        AdministrationRules.mayChangeEmail(by, account);
        account.changeEmail(email);
        accounts.save(account);
        audit.record(by, "account", id, "CHANGE_EMAIL", account.email());
    }

    private int endSessionsOf(Account account) {
        return jdbc.sql("delete from identity_http_session where principal_name = :username")
                .param("username", account.username()).update();
    }

    private Handover handOver(Account account, Activations.Purpose purpose, Actor by) {
        Activations.Issued issued = activations.issue(account.id(), purpose, by);
        boolean mailed = mail.send(account, issued.code(), issued.expiresAt());
        // A mailed code is not shown: the administrator who opened the account cannot activate it himself.
        return new Handover(account.username(), mailed ? null : issued.code(), issued.expiresAt(), mailed);
    }

    private Account load(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new NotFound("account", id));
    }

    /** The hash of 32 random bytes nobody keeps: the account exists, but no password opens it. */
    private String unusableHash() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return encoder.encode(HexFormat.of().formatHex(secret));
    }
}
