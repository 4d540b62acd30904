package org.kstp.identity.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in in three steps: a throttled source address is refused first; then the password is checked
 * for every account alike (unknown, locked and disabled ones too, so neither the answer nor its time tells
 * them apart); only a right password is then admitted, by one statement that refuses a locked or disabled
 * account at that very moment. A wrong password counts against the account and the address.
 */
class PasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;
    private final SignInThrottle throttle;

    PasswordSignIn(UserDetailsService accounts, PasswordEncoder encoder, LoginAttempts attempts,
                   SignInThrottle throttle) {
        this.attempts = attempts;
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        passwords.setPreAuthenticationChecks(account -> { });
        passwords.setPostAuthenticationChecks(account -> {
            if (!attempts.admit(((SignedInAccount) account).actor().accountId())) {
                throw new LockedException("locked or disabled");
            }
        });
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "unknown";
        if (throttle.refuses(address)) {
            throw new SignInThrottledException();
        }
        try {
            return passwords.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            attempts.failed(String.valueOf(authentication.getPrincipal()));
            throttle.failed(address);
            throw wrong;
        } catch (AuthenticationException refused) {
            throttle.failed(address);
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failures from one address lately; says nothing about any account. */
    static final class SignInThrottledException extends AuthenticationException {

        SignInThrottledException() {
            super("too many failed sign-ins from this address");
        }
    }
}
