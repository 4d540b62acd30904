package org.kstp.identity.domain;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;
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

    AccountService(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy passwordPolicy, AuditApi audit,
                   Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<AccountSummary> accountsWithRole(Role role) {
        return StreamSupport.stream(accounts.findAll().spliterator(), false)
                .filter(a -> a.enabled() && a.roles().contains(role))
                .map(AccountService::summary)
                .sorted(Comparator.comparing(AccountSummary::displayName))
                .toList();
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
        String username = request.username() == null ? "" : request.username().trim();
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            throw new RuleViolation("identity.account.usernameFormat");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new RuleViolation("identity.account.usernameTaken", username);
        }
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
}
