package org.kstp.identity.security;

import java.time.Clock;
import org.kstp.identity.domain.AccountRepository;
import org.springframework.context.annotation.Bean;
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
 * Form sign-in with CSRF protection and session-fixation protection (a new session id at sign-in);
 * public pages and the read-only API are open, everything else needs an account. Object-level
 * checks (county, institution, assignment) are done by each module on the object itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/portal/**", "/demands/public", "/demands/public/**", "/login", "/setup", "/activate", "/error", "/error/**",
                                "/webjars/**", "/assets/**", "/favicon.ico",
                                "/api/v1/**", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").successHandler(new SignInSuccessHandler())
                        .failureHandler(new SignInFailureHandler()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/").permitAll())
                // htmx requests (e.g. autosave) get 401 instead of the login page, so the page can
                // keep the user's input and ask them to sign in again
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; frame-ancestors 'none'")));
        return http.build();
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
