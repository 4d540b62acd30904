package org.kstp.identity.security;

import java.time.Clock;
import org.kstp.identity.domain.AccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Loads an account for {@link PasswordSignIn}; not a bean of its own, so nothing else signs in with it. */
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.trim())
                .map(a -> new SignedInAccount(a.toActor(), a.passwordHash(), a.isLocked(clock.instant()), a.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
