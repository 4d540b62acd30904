package org.kstp.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/** Failures per source address within the window; another address and a later window are not affected. */
class SignInThrottleTest {

    private Instant now = Instant.parse("2026-03-01T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(
            new SecuritySettings(5, Duration.ofMinutes(30), 3, Duration.ofMinutes(10)), clock);

    @Test
    void anAddressPastTheLimitWaitsForItsWindowToPass() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refuses("10.0.0.1")).isFalse();
            throttle.failed("10.0.0.1");
        }
        assertThat(throttle.refuses("10.0.0.1")).isTrue();
        assertThat(throttle.refuses("10.0.0.2")).isFalse();
        now = now.plus(Duration.ofMinutes(10));
        assertThat(throttle.refuses("10.0.0.1")).isFalse();
        throttle.failed("10.0.0.1");
        assertThat(throttle.refuses("10.0.0.1")).as("a new window starts at one").isFalse();
    }

    @Test
    void aThrottledAddressHearsSoAndEveryOtherFailureGetsOneAnswer() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SignInFailureHandler().onAuthenticationFailure(request, response, new PasswordSignIn.SignInThrottledException());
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=throttled");
        for (AuthenticationException refusal : new AuthenticationException[] {new LockedException("x"),
                new DisabledException("x"), new BadCredentialsException("x")}) {
            response = new MockHttpServletResponse();
            new SignInFailureHandler().onAuthenticationFailure(request, response, refusal);
            assertThat(response.getRedirectedUrl()).isEqualTo("/login?error=bad");
        }
    }
}
