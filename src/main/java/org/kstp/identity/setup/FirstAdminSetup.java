package org.kstp.identity.setup;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.identity.NewAccount;
import org.kstp.identity.domain.AccountAdministration;
import org.springframework.transaction.annotation.Transactional;
import org.kstp.identity.IdentityApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode there are no default passwords. While no system administrator exists, a
 * one-time setup token is printed at start-up; whoever holds it can create the first system
 * administrator at /setup. The token lives only in memory and dies with its first use or the process.
 */
@Component
class FirstAdminSetup {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminSetup.class);

    private final IdentityApi identity;
    private final AccountAdministration administration;
    private volatile byte[] tokenDigest;

    FirstAdminSetup(IdentityApi identity, AccountAdministration administration) {
        this.identity = identity;
        this.administration = administration;
    }

    @EventListener(ApplicationReadyEvent.class)
    void offerSetupIfNeeded() {
        if (!identity.accountsWithRole(Role.SYSTEM_ADMIN).isEmpty()) {
            return;
        }
        byte[] raw = new byte[18];
        new SecureRandom().nextBytes(raw);
        String token = HexFormat.of().formatHex(raw);
        tokenDigest = digest(token);
        String banner = "\n==== KSTP first start: no system administrator exists yet. ====\n"
                + "Open /setup and enter this one-time setup token: " + token + "\n";
        System.out.println(banner);
        log.info("One-time setup token issued (printed on standard output)");
    }

    boolean isOpen() {
        return tokenDigest != null;
    }

    /** Checks and consumes the token: it works once. */
    synchronized boolean consume(String token) {
        if (tokenDigest == null || token == null || !MessageDigest.isEqual(tokenDigest, digest(token.trim()))) {
            return false;
        }
        tokenDigest = null;
        return true;
    }

    /** Gives the token back when the account it was used for was refused (e.g. a weak password). */
    synchronized void reopen(String token) {
        tokenDigest = digest(token.trim());
    }

    /**
     * The three administrators, all or none (one transaction, so a refused user name leaves nothing half made):
     * the system administrator with the password typed at setup, the other two awaiting activation.
     */
    @Transactional
    List<AccountAdministration.Handover> createAdministrators(String username, String displayName, String password,
                                                              String securityUsername, String auditUsername) {
        identity.createAccount(new NewAccount(username, password, displayName, Set.of(Role.SYSTEM_ADMIN), null, null),
                Actor.system());
        return List.of(administrator(securityUsername, Role.SECURITY_ADMIN), administrator(auditUsername, Role.AUDIT_ADMIN));
    }

    private AccountAdministration.Handover administrator(String username, Role role) {
        return administration.open(new AccountAdministration.Opening(username, username, Set.of(role), null, null, null),
                Actor.system());
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
