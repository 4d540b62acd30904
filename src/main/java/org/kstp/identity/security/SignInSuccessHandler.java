package org.kstp.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * After the password: the next sign-in step if one is due (second factor, enrolment, expired password), else
 * the page the user wanted or the workbench. The new CSRF token is made here, in the sign-in request, not
 * lazily by whichever request comes next: sessions are stored in the database, and several first requests at
 * once (tabs, htmx) would each make and store their own token, the last one winning, so forms rendered by the
 * others were refused with 403.
 */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final SignInSteps steps;

    SignInSuccessHandler(SignInSteps steps) {
        this.steps = steps;
        setDefaultTargetUrl("/workbench");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        String next = steps.afterPassword(authentication, request, response);
        if (next.equals("/workbench")) {
            super.onAuthenticationSuccess(request, response, authentication);
        } else {
            getRedirectStrategy().sendRedirect(request, response, next);
        }
    }
}
