package org.kstp.identity.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountService implements IdentityApi {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditApi audit;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final Passwords passwords;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy passwordPolicy, AuditApi audit,
                   Clock clock, JdbcClient jdbc, Passwords passwords) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * One query, not the aggregate: loading every account with its roles cost one query per account, and every
     * submission asks this (who endorses, who accepts); at a 500-user deadline it was a quarter of the CPU.
     */
    @Override
    public List<AccountSummary> accountsWithRole(Role role) {
        return jdbc.sql("""
                select a.id, a.username, a.display_name, a.county_code, a.organisation_id, a.email,
                       string_agg(all_roles.role, ',') as roles
                from identity_account a
                join identity_account_role wanted on wanted.account_id = a.id and wanted.role = :role
                join identity_account_role all_roles on all_roles.account_id = a.id
                where a.enabled
                group by a.id
                order by a.display_name""")
                .param("role", role.name())
                .query((rs, n) -> new AccountSummary(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), roles(rs.getString("roles")), rs.getString("county_code"),
                        rs.getObject("organisation_id", UUID.class), rs.getString("email")))
                .list();
    }

    private static Set<Role> roles(String csv) {
        return Arrays.stream(csv.split(",")).map(Role::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<AccountSummary> account(UUID id) {
        return accounts.findById(id).map(AccountService::summary);
    }

    @Override
    public Optional<AccountSummary> accountByUsername(String username) {
        return accounts.findByUsername(username).map(AccountService::summary);
    }

    @Override
    @Transactional
    public UUID createAccount(NewAccount request, Actor by) {
        AdministrationRules.mayOpen(by, request.roles());
        String username = accounts.freeUsername(request.username());
        passwordPolicy.check(request.rawPassword());
        Account account = Account.open(username, encoder.encode(request.rawPassword()), request.displayName(),
                request.roles(), request.countyCode(), request.organisationId(), request.email(), clock.instant());
        accounts.save(account);
        audit.record(by, "account", account.id(), "CREATE", username + " " + request.roles());
        return account.id();
    }

    static AccountSummary summary(Account a) {
        return new AccountSummary(a.id(), a.username(), a.displayName(), a.roles(), a.countyCode(), a.organisationId(),
                a.email());
    }

    @Override
    public Optional<Long> passwordExpiryWarning(UUID accountId) {
        return passwords.daysLeftToWarn(accountId);
    }
}
