package org.kstp.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;
import org.kstp.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Over real HTTP: changing one's own password under the rules and the history, the maximum age that sends a
 * sign-in to the password page first, and the second factor (enrolment, the step before every page, codes and
 * recovery codes that work once).
 */
@KstpIntegrationTest
class PasswordsAndSecondFactorIntegrationTest {

    private static final String PASSWORD = "Own-horse-42";

    @LocalServerPort
    int port;
    @Autowired
    IdentityApi identity;
    @Autowired
    JdbcClient jdbc;

    private void account(String username) {
        identity.createAccount(new NewAccount(username, PASSWORD, "Own " + username, Set.of(Role.APPLICANT), null,
                java.util.UUID.randomUUID()), Actor.system());
    }

    private HttpResponse<String> change(WebSession browser, String current, String next) {
        browser.get("/account/password");
        return browser.post("/account/password", "current", current, "password", next, "confirmation", next);
    }

    @Test
    void everyoneChangesTheirOwnPasswordWithTheCurrentOneAndNotToARecentOne() {
        account("own.change");
        WebSession browser = new WebSession(port);
        assertThat(browser.signIn("own.change", PASSWORD)).isEqualTo("/workbench");
        assertThat(change(browser, "Not-the-current-1", "Fresh-horse-43").body()).contains("\u5f53\u524d\u5bc6\u7801\u4e0d\u6b63\u786e");
        assertThat(change(browser, PASSWORD, PASSWORD).body()).contains("\u6700\u8fd15\u6b21");
        assertThat(WebSession.location(change(browser, PASSWORD, "Fresh-horse-43"))).isEqualTo("/workbench");
        assertThat(change(browser, "Fresh-horse-43", PASSWORD).body()).as("history").contains("\u6700\u8fd15\u6b21");
        assertThat(new WebSession(port).signIn("own.change", PASSWORD)).isEqualTo("/login?error=bad");
        assertThat(new WebSession(port).signIn("own.change", "Fresh-horse-43")).isEqualTo("/workbench");
    }

    @Test
    void aPasswordPastItsMaximumAgeIsChangedBeforeAnythingElseAndOneNearItIsWarnedAbout() {
        account("own.expired");
        account("own.ageing");
        jdbc.sql("update identity_account set password_changed_at = now() - interval '100 days' where username = 'own.expired'").update();
        jdbc.sql("update identity_account set password_changed_at = now() - interval '80 days' where username = 'own.ageing'").update();

        WebSession expired = new WebSession(port);
        assertThat(expired.signIn("own.expired", PASSWORD)).isEqualTo("/account/password");
        assertThat(WebSession.location(expired.get("/workbench"))).endsWith("/account/password");
        assertThat(WebSession.location(expired.get("/proposals"))).endsWith("/account/password");
        assertThat(WebSession.location(change(expired, PASSWORD, "Renewed-horse-44"))).isEqualTo("/workbench");
        assertThat(expired.get("/workbench").statusCode()).isEqualTo(200);

        WebSession ageing = new WebSession(port);
        assertThat(ageing.signIn("own.ageing", PASSWORD)).isEqualTo("/workbench");
        assertThat(ageing.get("/workbench").body()).contains("data-testid=\"password-expiry\"");
    }

    private static String secret(HttpResponse<String> page) {
        Matcher secret = Pattern.compile("data-testid=\"mfa-secret\">([A-Z2-7 ]+)<").matcher(page.body());
        assertThat(secret.find()).isTrue();
        return secret.group(1);
    }

    private static String code(String secret, long step) {
        return Totp.code(Totp.fromBase32(secret), step, 6);
    }

    private static long now() {
        return Totp.step(Instant.now().getEpochSecond());
    }

    private static List<String> recoveryCodes(String page) {
        Matcher codes = Pattern.compile("<li>([a-z2-9]{6}-[a-z2-9]{6})</li>").matcher(page);
        List<String> found = new ArrayList<>();
        while (codes.find()) {
            found.add(codes.group(1));
        }
        return found;
    }

    @Test
    void anEnrolledAccountPassesTheSecondFactorBeforeAnyPageAndEachCodeWorksOnce() {
        account("own.totp");
        WebSession enrolling = new WebSession(port);
        assertThat(enrolling.signIn("own.totp", PASSWORD)).isEqualTo("/workbench");
        String secret = secret(enrolling.get("/account/second-factor"));
        String confirmCode = code(secret, now());
        List<String> recovery = recoveryCodes(enrolling.post("/account/second-factor", "code", confirmCode).body());
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(jdbc.sql("select count(*) from identity_recovery_code c join identity_account a on a.id = c.account_id "
                + "where a.username = 'own.totp' and c.code_hash like :raw").param("raw", "%" + recovery.get(0) + "%")
                .query(Long.class).single()).as("stored hashed").isZero();

        WebSession browser = new WebSession(port);
        assertThat(browser.signIn("own.totp", PASSWORD)).isEqualTo("/sign-in/second-factor");
        assertThat(WebSession.location(browser.get("/workbench"))).endsWith("/sign-in/second-factor");
        assertThat(WebSession.location(browser.get("/account/password"))).endsWith("/sign-in/second-factor");
        browser.get("/sign-in/second-factor");
        assertThat(browser.post("/sign-in/second-factor", "code", confirmCode).body()).as("no replay")
                .contains("data-testid=\"mfa-error\"");
        assertThat(WebSession.location(browser.post("/sign-in/second-factor", "code", recovery.get(0))))
                .isEqualTo("/workbench");
        assertThat(browser.get("/workbench").statusCode()).isEqualTo(200);

        WebSession again = new WebSession(port);
        assertThat(again.signIn("own.totp", PASSWORD)).isEqualTo("/sign-in/second-factor");
        again.get("/sign-in/second-factor");
        assertThat(again.post("/sign-in/second-factor", "code", recovery.get(0)).body()).contains("data-testid=\"mfa-error\"");
        assertThat(WebSession.location(again.post("/sign-in/second-factor", "code", code(secret, now() + 1))))
                .isEqualTo("/workbench");
    }
}
