package org.kstp.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * One answer for a wrong password, an unknown user name, a locked and a disabled account, so the page never
 * tells whether an account exists; only a throttled address hears that it must wait (which is about the
 * address, not an account).
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = exception instanceof PasswordSignIn.SignInThrottledException ? "throttled" : "bad";
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
