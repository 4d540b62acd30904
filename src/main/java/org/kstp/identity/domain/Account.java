package org.kstp.identity.domain;

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

/**
 * A sign-in account with its roles and data scope. The failed-login counter and lock are written by single SQL
 * statements at sign-in (see LoginAttempts); here only the security administrator's unlock clears them.
 * An account opened by the system administrator has no usable password until its holder activates it.
 */
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
    private boolean enabled;
    private final Instant createdAt;
    private Instant passwordChangedAt;
    @MappedCollection(idColumn = "account_id")
    private Set<AccountRole> roles;
    @Version
    private Long version;

    Account(UUID id, String username, String passwordHash, String displayName, String countyCode,
            UUID organisationId, String email, int failedLogins, Instant lockedUntil, boolean enabled, Instant createdAt,
            Instant passwordChangedAt, Set<AccountRole> roles, Long version) {
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
        this.passwordChangedAt = passwordChangedAt;
        this.roles = roles;
        this.version = version;
    }

    /** Opens an account with a password after checking that its roles and scope fit together. */
    public static Account open(String username, String passwordHash, String displayName, Set<Role> roles,
                               String countyCode, UUID organisationId, String email, Instant now) {
        RoleRules.check(roles, countyCode, organisationId);
        return new Account(UUID.randomUUID(), username, passwordHash, displayName, blankToNull(countyCode),
                organisationId, validEmail(email), 0, null, true, now, now, rows(roles), null);
    }

    /**
     * Opens an account whose holder sets the password by activation; until then its hash is of a random secret
     * nobody knows, so it cannot be signed in to.
     */
    static Account openAwaitingActivation(String username, String unusableHash, String displayName, Set<Role> roles,
                                          String countyCode, UUID organisationId, String email, Instant now) {
        RoleRules.check(roles, countyCode, organisationId);
        return new Account(UUID.randomUUID(), username, unusableHash, displayName, blankToNull(countyCode),
                organisationId, validEmail(email), 0, null, true, now, null, rows(roles), null);
    }

    private static Set<AccountRole> rows(Set<Role> roles) {
        return roles.stream().map(AccountRole::new).collect(Collectors.toCollection(java.util.HashSet::new));
    }

    /** The security administrator's change of roles; the same rules as at opening. */
    void changeRoles(Set<Role> newRoles) {
        RoleRules.check(newRoles, countyCode, organisationId);
        roles = rows(newRoles);
    }

    /** A new password, set by its holder (change or activation); the rules were checked by the caller. */
    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
    }

    /** Disabling ends the ability to sign in, not the account's history; enabling gives it back. */
    void disable() {
        require(enabled, "identity.admin.alreadyDisabled");
        enabled = false;
    }

    void enable() {
        require(!enabled, "identity.admin.alreadyEnabled");
        enabled = true;
    }

    /** The security administrator lifts a lock before it runs out. */
    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** Null until the holder first sets a password (activation pending). */
    public Instant passwordChangedAt() {
        return passwordChangedAt;
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
