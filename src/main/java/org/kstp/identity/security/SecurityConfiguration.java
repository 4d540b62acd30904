package org.kstp.identity.security;

import java.time.Clock;
import org.kstp.identity.domain.AccountRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form sign-in with CSRF protection and session-fixation protection (a new session id at sign-in), followed by
 * the steps of {@link SignInSteps} (second factor, expired password); public pages and the read-only API are
 * open, everything else needs a finished sign-in. Spring Security 7's own multi-factor support
 * (FactorGrantedAuthority) has no TOTP factor and applies one rule to every user; the second step here asks
 * it of enrolled accounts and the configured roles only. Object-level
 * checks (county, institution, assignment) are done by each module on the object itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, SignInSteps steps) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/portal/**", "/demands/public", "/demands/public/**", "/login", "/setup", "/activate", "/error", "/error/**",
                                "/webjars/**", "/assets/**", "/favicon.ico",
                                "/api/v1/**", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/sign-in/second-factor").access(signedInOrAt(PendingSignIn.Step.SECOND_FACTOR))
                        .requestMatchers("/account/second-factor").access(signedInOrAt(PendingSignIn.Step.ENROL_SECOND_FACTOR))
                        .requestMatchers("/account/password").access(signedInOrAt(PendingSignIn.Step.CHANGE_PASSWORD))
                        .anyRequest().access(signedInOrAt(null)))
                .formLogin(form -> form.loginPage("/login").successHandler(new SignInSuccessHandler(steps))
                        .failureHandler(new SignInFailureHandler()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/").permitAll())
                // htmx requests (e.g. autosave) get 401 instead of the login page, so the page can
                // keep the user's input and ask them to sign in again
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint()).accessDeniedHandler(stepFirst()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; frame-ancestors 'none'")));
        return http.build();
    }

    /**
     * Fully signed in, or (for that step's own page only) waiting at the given step of the sign-in: a session
     * that has passed only the password reaches nothing else.
     */
    private static AuthorizationManager<RequestAuthorizationContext> signedInOrAt(PendingSignIn.Step step) {
        return (authentication, request) -> {
            Authentication current = authentication.get();
            boolean allowed = current instanceof PendingSignIn pending ? pending.step() == step
                    : current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken);
            return new AuthorizationDecision(allowed);
        };
    }

    /** A session at a sign-in step is sent to that step's page; anyone else refused gets the usual 403. */
    private static AccessDeniedHandler stepFirst() {
        AccessDeniedHandler refused = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSignIn pending) {
                response.sendRedirect(request.getContextPath() + pending.step().page());
            } else {
                refused.handle(request, response, denied);
            }
        };
    }

    private static AuthenticationEntryPoint entryPoint() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        HttpStatusEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        RequestMatcher htmx = new RequestHeaderRequestMatcher("HX-Request");
        return (request, response, exception) -> (htmx.matches(request) ? unauthorized : login)
                .commence(request, response, exception);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Runtime.getRuntime().availableProcessors());
    }

    /** The only way to sign in with a password; a bean, so Spring Boot adds no default user of its own. */
    @Bean
    PasswordSignIn passwordSignIn(AccountRepository accounts, Clock clock, PasswordEncoder encoder,
                                  LoginAttempts attempts, SignInThrottle throttle) {
        return new PasswordSignIn(new AccountUserDetailsService(accounts, clock), encoder, attempts, throttle);
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
