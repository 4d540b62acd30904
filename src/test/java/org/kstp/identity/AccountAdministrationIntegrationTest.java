package org.kstp.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 三员分立 over real HTTP: the system administrator opens accounts without a password (activation), the security
 * administrator disables, enables, resets, re-roles and signs out others but not himself, and the audit
 * administrator sees every such act.
 */
@KstpIntegrationTest
class AccountAdministrationIntegrationTest {

    private static final Pattern CODE = Pattern.compile("data-testid=\"activation-code\">([A-Z0-9-]+)<");
    private static final String PASSWORD = "First-horse-42";

    @LocalServerPort
    int port;
    @Autowired
    IdentityApi identity;
    @Autowired
    JdbcClient jdbc;

    private WebSession signedIn(String username) {
        WebSession browser = new WebSession(port);
        assertThat(browser.signIn(username, KstpIntegrationTest.DEMO_PASSWORD)).isEqualTo("/workbench");
        return browser;
    }

    private static String code(HttpResponse<String> page) {
        Matcher code = CODE.matcher(page.body());
        assertThat(code.find()).as("the activation code is shown").isTrue();
        return code.group(1);
    }

    private String activate(String code, String password) {
        WebSession holder = new WebSession(port);
        holder.get("/activate");
        return WebSession.location(holder.post("/activate", "code", code, "password", password, "confirmation", password));
    }

    private UUID account(String username) {
        return identity.createAccount(new NewAccount(username, PASSWORD, "Admin test " + username, Set.of(Role.EXPERT),
                null, null), Actor.system());
    }

    private List<String> audited(UUID account) {
        return jdbc.sql("select action from audit_record where object_type = 'account' and object_id = :id order by seq")
                .param("id", account.toString()).query(String.class).list();
    }

    @Test
    void theSystemAdministratorOpensAnAccountWithoutAPasswordAndItsHolderSetsOneOnce() {
        WebSession system = signedIn("sys.admin");
        system.get("/admin/accounts");
        String code = code(system.post("/admin/accounts", "username", "activation.one", "displayName", "Activation One",
                "role", "EXPERT", "countyCode", "", "organisationUscc", "", "email", ""));
        assertThat(jdbc.sql("select password_changed_at is null from identity_account where username = 'activation.one'")
                .query(Boolean.class).single()).as("awaiting activation").isTrue();
        assertThat(jdbc.sql("select code_hash from identity_activation a join identity_account u on u.id = a.account_id "
                + "where u.username = 'activation.one'").query(String.class).single()).doesNotContain(code.replace("-", ""));
        assertThat(new WebSession(port).signIn("activation.one", "")).isEqualTo("/login?error=bad");

        WebSession holder = new WebSession(port);
        holder.get("/activate");
        assertThat(holder.post("/activate", "code", code, "password", "weakweak", "confirmation", "weakweak").body())
                .contains("\u81f3\u5c118\u4f4d");
        assertThat(activate(code, "Chosen-by-me-7")).isEqualTo("/login");
        assertThat(new WebSession(port).signIn("activation.one", "Chosen-by-me-7")).isEqualTo("/workbench");
        holder.get("/activate");
        assertThat(holder.post("/activate", "code", code, "password", "Other-choice-8", "confirmation", "Other-choice-8")
                .body()).as("a code works once").contains("\u6fc0\u6d3b\u7801\u4e0d\u6b63\u786e");
    }

    @Test
    void theSystemAdministratorMakesNoAdministratorAndAdministersNoAccount() {
        UUID target = account("admin.target.one");
        WebSession system = signedIn("sys.admin");
        system.get("/admin/accounts");
        system.post("/admin/accounts", "username", "would.be.security", "displayName", "Would be", "role", "SECURITY_ADMIN",
                "countyCode", "", "organisationUscc", "", "email", "");
        assertThat(identity.accountByUsername("would.be.security")).isEmpty();
        for (String act : List.of("disable", "unlock", "reset-password", "end-sessions", "roles")) {
            assertThat(system.post("/admin/accounts/" + target + "/" + act, "role", "SECURITY_ADMIN").statusCode())
                    .as(act).isEqualTo(403);
        }
        assertThat(audited(target)).containsExactly("CREATE");
    }

    @Test
    void theSecurityAdministratorSignsOutDisablesEnablesAndResetsOthersAndTheAuditorSeesIt() {
        UUID target = account("admin.target.two");
        WebSession holder = new WebSession(port);
        assertThat(holder.signIn("admin.target.two", PASSWORD)).isEqualTo("/workbench");
        WebSession security = signedIn("sec.admin");
        security.get("/admin/accounts");

        security.post("/admin/accounts/" + target + "/end-sessions");
        assertThat(WebSession.location(holder.get("/workbench"))).as("signed out everywhere").endsWith("/login");

        assertThat(holder.signIn("admin.target.two", PASSWORD)).as("back to the page asked for").startsWith("/workbench");
        security.post("/admin/accounts/" + target + "/disable");
        assertThat(WebSession.location(holder.get("/workbench"))).endsWith("/login");
        assertThat(holder.signIn("admin.target.two", PASSWORD)).isEqualTo("/login?error=bad");
        security.post("/admin/accounts/" + target + "/enable");
        assertThat(holder.signIn("admin.target.two", PASSWORD)).startsWith("/workbench");

        String code = code(security.post("/admin/accounts/" + target + "/reset-password"));
        assertThat(new WebSession(port).signIn("admin.target.two", PASSWORD)).isEqualTo("/login?error=bad");
        assertThat(activate(code, PASSWORD)).as("the previous password is history: refused, no redirect").isEmpty();
        assertThat(activate(code, "Second-horse-43")).isEqualTo("/login");
        assertThat(new WebSession(port).signIn("admin.target.two", "Second-horse-43")).isEqualTo("/workbench");

        WebSession auditor = signedIn("audit.admin");
        assertThat(auditor.get("/audit?objectType=account&objectId=" + target).body())
                .contains("END_SESSIONS", "DISABLE", "ENABLE", "PASSWORD_RESET", "ACTIVATED");
    }

    @Test
    void rolesAreChangedByTheSecurityAdministratorButNeverForHimselfNorToSecurityAdministrator() {
        UUID target = account("admin.target.three");
        UUID self = identity.accountByUsername("sec.admin").orElseThrow().id();
        WebSession security = signedIn("sec.admin");
        security.get("/admin/accounts");

        security.post("/admin/accounts/" + target + "/roles", "role", "EXPERT", "role", "COMMISSIONER");
        assertThat(identity.account(target).orElseThrow().roles()).containsExactlyInAnyOrder(Role.EXPERT, Role.COMMISSIONER);
        security.post("/admin/accounts/" + target + "/roles", "role", "SECURITY_ADMIN");
        security.post("/admin/accounts/" + self + "/roles", "role", "AUDIT_ADMIN");
        security.post("/admin/accounts/" + self + "/disable");
        assertThat(identity.account(target).orElseThrow().roles()).containsExactlyInAnyOrder(Role.EXPERT, Role.COMMISSIONER);
        assertThat(identity.account(self).orElseThrow().roles()).containsExactly(Role.SECURITY_ADMIN);
        assertThat(audited(self)).doesNotContain("CHANGE_ROLES", "DISABLE");
    }
}
