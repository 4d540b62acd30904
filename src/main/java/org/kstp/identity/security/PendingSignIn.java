package org.kstp.identity.security;

import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A session whose password was right but which must still pass a step (second factor, enrolment, an expired
 * password) before any other page. It holds no roles and its principal is not a {@link SignedInAccount}, so no
 * controller sees an Actor; the finished sign-in it carries replaces it once the step is passed.
 */
public final class PendingSignIn extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    /** What is still to do, in this order, and the page where it is done. */
    public enum Step {
        /** Type a code from the authenticator app or a recovery code. */
        SECOND_FACTOR("/sign-in/second-factor"),
        /** The roles require a second factor the account does not have yet. */
        ENROL_SECOND_FACTOR("/account/second-factor"),
        /** The password has reached its maximum age. */
        CHANGE_PASSWORD("/account/password");

        private final String page;

        Step(String page) {
            this.page = page;
        }

        public String page() {
            return page;
        }
    }

    private final Authentication signedIn;
    private final Step step;

    PendingSignIn(Authentication signedIn, Step step) {
        super(List.of());
        this.signedIn = signedIn;
        this.step = step;
        setAuthenticated(true);
    }

    public Step step() {
        return step;
    }

    public SignedInAccount account() {
        return (SignedInAccount) signedIn.getPrincipal();
    }

    Authentication signedIn() {
        return signedIn;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return account().getUsername();
    }
}
