package org.kstp.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A sign-in account with its roles and data scope, and the failed-login counter that locks it. */
@Table("identity_account")
public class Account {

    @Id
    private final UUID id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final String countyCode;
    private final UUID organisationId;
    private String email;
    private int failedLogins;
    private Instant lockedUntil;
    private final boolean enabled;
    private final Instant createdAt;
    @MappedCollection(idColumn = "account_id")
    private final Set<AccountRole> roles;
    @Version
    private Long version;

    Account(UUID id, String username, String passwordHash, String displayName, String countyCode,
            UUID organisationId, String email, int failedLogins, Instant lockedUntil, boolean enabled, Instant createdAt,
            Set<AccountRole> roles, Long version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.countyCode = countyCode;
        this.organisationId = organisationId;
        this.email = email;
        this.failedLogins = failedLogins;
        this.lockedUntil = lockedUntil;
        this.enabled = enabled;
        this.createdAt = createdAt;
        this.roles = roles;
        this.version = version;
    }

    /** Opens an account after checking that its roles and scope fit together. */
    public static Account open(String username, String passwordHash, String displayName, Set<Role> roles,
                               String countyCode, UUID organisationId, String email, Instant now) {
        RoleRules.check(roles, countyCode, organisationId);
        Set<AccountRole> rows = roles.stream().map(AccountRole::new).collect(Collectors.toSet());
        return new Account(UUID.randomUUID(), username, passwordHash, displayName, blankToNull(countyCode),
                organisationId, validEmail(email), 0, null, true, now, rows, null);
    }

    /** Sets or clears (blank) the address notices are e-mailed to. */
    public void changeEmail(String newEmail) {
        email = validEmail(newEmail);
    }

    /** A plausible address or null; delivery is the real test, this only catches typing slips. */
    static String validEmail(String value) {
        String trimmed = blankToNull(value == null ? null : value.trim());
        require(trimmed == null || trimmed.length() <= 254 && trimmed.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                "identity.account.emailFormat");
        return trimmed;
    }

    /** Counts a failed sign-in; the limit-th failure in a row locks the account for the lock duration. */
    public boolean recordFailedLogin(int limit, Duration lockDuration, Instant now) {
        failedLogins++;
        if (failedLogins >= limit) {
            failedLogins = 0;
            lockedUntil = now.plus(lockDuration);
            return true;
        }
        return false;
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Set<Role> roles() {
        Set<Role> result = EnumSet.noneOf(Role.class);
        roles.forEach(r -> result.add(r.role()));
        return result;
    }

    public Actor toActor() {
        return new Actor(id, username, displayName, roles(), countyCode, organisationId);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public String countyCode() {
        return countyCode;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String email() {
        return email;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public int failedLogins() {
        return failedLogins;
    }

    private static String blankToNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value;
    }

    static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new RuleViolation(messageKey);
        }
    }
}
