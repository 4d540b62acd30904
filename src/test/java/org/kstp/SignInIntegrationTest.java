package org.kstp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in over real HTTP: lockout after five failures, a new session id at sign-in, public pages open. */
@KstpIntegrationTest
class SignInIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    IdentityApi identity;
    @Autowired
    JdbcClient jdbc;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        Matcher token = CSRF.matcher(get("/login"));
        assertThat(token.find()).as("login form carries a CSRF token").isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        return http.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        identity.createAccount(new NewAccount("lock.test", "Correct-horse-42", "Lock Test", Set.of(Role.BUREAU_STAFF),
                null, null), Actor.system());
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("lock.test", "wrong-password-1").headers().firstValue("Location").orElseThrow())
                    .endsWith("/login?error=bad");
        }
        assertThat(signIn("lock.test", "Correct-horse-42").headers().firstValue("Location").orElseThrow())
                .as("the same answer as a wrong password: no telling locked accounts apart").endsWith("/login?error=bad");
        assertThat(jdbc.sql("select locked_until is not null from identity_account where username = 'lock.test'")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void signingInIssuesANewSessionId() throws Exception {
        get("/login");
        String before = sessionId();
        HttpResponse<String> response = signIn("bureau.admin", KstpIntegrationTest.DEMO_PASSWORD);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/workbench");
        assertThat(sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(get("/workbench")).contains("地区科技局");
    }

    /**
     * The session is kept in PostgreSQL, so a restart does not sign anybody out; what is stored there is
     * the signed-in account without its password hash.
     */
    @Test
    void theSessionIsStoredWithoutThePasswordHash() throws Exception {
        signIn("bureau.admin", KstpIntegrationTest.DEMO_PASSWORD);
        String session = sessionId();
        List<byte[]> attributes = jdbc.sql("""
                select a.attribute_bytes from identity_http_session s
                join identity_http_session_attributes a on a.session_primary_id = s.primary_id
                where s.principal_name = 'bureau.admin'""").query(byte[].class).list();
        assertThat(attributes).isNotEmpty();
        String hash = jdbc.sql("select password_hash from identity_account where username = 'bureau.admin'")
                .query(String.class).single();
        assertThat(attributes).noneMatch(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)
                .contains(hash.substring(hash.indexOf('$'))));
        assertThat(get("/workbench")).contains("\u5730\u533a\u79d1\u6280\u5c40");
        assertThat(sessionId()).isEqualTo(session);
    }

    /**
     * Several first pages at once after signing in (tabs, htmx) all carry a token that works: the token is
     * made by the sign-in itself, not by whichever of them the session store saw last.
     */
    @Test
    void formsOfPagesLoadedAtOnceAfterSignInAreAllAccepted() throws Exception {
        signIn("bureau.admin", KstpIntegrationTest.DEMO_PASSWORD);
        List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pages.add(http.sendAsync(HttpRequest.newBuilder(uri("/notifications")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (var page : pages) {
            Matcher token = CSRF.matcher(page.get().body());
            assertThat(token.find()).isTrue();
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/notifications/read-all"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token.group(1)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(302);
            assertThat(post.headers().firstValue("Location").orElseThrow()).endsWith("/notifications");
        }
    }

    @Test
    void publicPagesNeedNoAccountAndPrivateOnesDo() throws Exception {
        assertThat(get("/")).contains("正在受理的申报指南");
        assertThat(get("/actuator/health")).contains("\"status\":\"UP\"");
        assertThat(get("/v3/api-docs")).contains("/api/v1/plan/indicators").contains("/api/v1/regions/counties");
        HttpResponse<String> proposals = http.send(HttpRequest.newBuilder(uri("/proposals")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(proposals.statusCode()).isEqualTo(302);
        assertThat(proposals.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
