package org.kstp.identity.security;

import java.time.Clock;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.identity.domain.AccountRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins per account and locks it at the limit; a success clears the count. */
@Component
class LoginAttempts {

    private final AccountRepository accounts;
    private final SecuritySettings settings;
    private final AuditApi audit;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, SecuritySettings settings, AuditApi audit, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(String.valueOf(event.getAuthentication().getPrincipal()).trim()).ifPresent(account -> {
            boolean locked = account.recordFailedLogin(settings.maxFailedLogins(), settings.lockDuration(),
                    clock.instant());
            accounts.save(account);
            Actor actor = account.toActor();
            audit.record(actor, "account", account.id(), "LOGIN_FAILED", null);
            if (locked) {
                audit.record(actor, "account", account.id(), "LOCKED", "until " + account.lockedUntil());
            }
        });
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInAccount signedIn) {
            accounts.findById(signedIn.actor().accountId()).ifPresent(account -> {
                account.recordSuccessfulLogin();
                accounts.save(account);
                audit.record(signedIn.actor(), "account", account.id(), "LOGIN", null);
            });
        }
    }
}
