package org.kstp.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lockout under parallel attempts over real HTTP: every failure counted (one SQL statement each), never a 5xx,
 * a locked account's right password refused, and the same answer for unknown, locked and wrong.
 */
@KstpIntegrationTest
class SignInLockoutIntegrationTest {

    private static final String PASSWORD = "Right-horse-42";

    @LocalServerPort
    int port;
    @Autowired
    IdentityApi identity;
    @Autowired
    JdbcClient jdbc;

    private void account(String username) {
        identity.createAccount(new NewAccount(username, PASSWORD, "Lockout " + username, Set.of(Role.EXPERT), null, null),
                Actor.system());
    }

    /** Each attempt from its own browser, all sent at once after every browser has its sign-in form. */
    private List<String> parallelWrongPasswords(String username, int attempts) {
        List<WebSession> browsers = IntStream.range(0, attempts).mapToObj(i -> new WebSession(port)).toList();
        browsers.forEach(WebSession::openSignIn);
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (WebSession browser : browsers) {
            answers.add(CompletableFuture.supplyAsync(() -> browser.submitSignIn(username, "Wrong-horse-" + browser.hashCode())));
        }
        return answers.stream().map(CompletableFuture::join).toList();
    }

    @Test
    void thirtyParallelWrongPasswordsLockTheAccountWithoutAServerErrorAndTheRightOneStaysOut() {
        account("lockout.thirty");
        List<String> answers = parallelWrongPasswords("lockout.thirty", 30);

        assertThat(answers).hasSize(30).allMatch("/login?error=bad"::equals);
        assertThat(jdbc.sql("select locked_until > now() from identity_account where username = 'lockout.thirty'")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from audit_record where actor_username = 'lockout.thirty' and action = 'LOGIN_FAILED'""")
                .query(Long.class).single()).as("every failure counted and recorded").isEqualTo(30);

        WebSession owner = new WebSession(port);
        assertThat(owner.signIn("lockout.thirty", PASSWORD)).isEqualTo("/login?error=bad");
        assertThat(WebSession.location(owner.get("/workbench"))).endsWith("/login");
    }

    @Test
    void parallelFailuresBelowTheLimitAreAllCountedAndTheRightPasswordThenClearsThem() {
        account("lockout.four");
        assertThat(parallelWrongPasswords("lockout.four", 4)).allMatch("/login?error=bad"::equals);
        assertThat(jdbc.sql("select failed_logins from identity_account where username = 'lockout.four'")
                .query(Integer.class).single()).as("no lost update").isEqualTo(4);

        assertThat(new WebSession(port).signIn("lockout.four", PASSWORD)).isEqualTo("/workbench");
        assertThat(jdbc.sql("select failed_logins from identity_account where username = 'lockout.four'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void unknownLockedAndDisabledAccountsGetTheAnswerOfAWrongPassword() {
        account("lockout.disabled");
        jdbc.sql("update identity_account set enabled = false where username = 'lockout.disabled'").update();
        WebSession browser = new WebSession(port);
        assertThat(browser.signIn("nobody.at.all", PASSWORD)).isEqualTo("/login?error=bad");
        assertThat(browser.signIn("lockout.disabled", PASSWORD)).isEqualTo("/login?error=bad");
        HttpResponse<String> page = browser.get("/login?error=bad");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("5").contains("30");
    }
}
