package org.kstp.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.NewOrganisation;
import org.kstp.directory.OrganisationSummary;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;
import org.kstp.program.CallDraft;
import org.kstp.program.ProgramApi;
import org.kstp.program.ProgramCommands;
import org.kstp.program.RuleDefaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the demo data once (skipped when bureau.admin exists), after the reference data is loaded. */
@Component
@Order(100)
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoSettings settings;
    private final IdentityApi identity;
    private final DirectoryApi directory;
    private final ProgramCommands programs;
    private final RuleDefaults rules;
    private final Clock clock;
    private final DemoExperts experts;
    private final ProgramApi queries;
    private final LivingDemo living;

    DemoSeeder(DemoSettings settings, IdentityApi identity, DirectoryApi directory, ProgramCommands programs,
               RuleDefaults rules, Clock clock, DemoExperts experts, ProgramApi queries, LivingDemo living) {
        this.living = living;
        this.experts = experts;
        this.queries = queries;
        this.settings = settings;
        this.identity = identity;
        this.directory = directory;
        this.programs = programs;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (!settings.enabled()) {
            return;
        }
        DemoData data = DemoData.load();
        boolean generated = settings.password() == null || settings.password().isBlank();
        String password = generated ? generatedPassword() : settings.password();
        boolean fresh = identity.accountByUsername("bureau.admin").isEmpty();
        if (fresh) {
            seed(data, password);
        }
        // Also on later starts: demo databases created before the expert pool existed get the profiles,
        // and those created before calls had items get the demo call's items, those before the living
        // demo get it (its accounts with the password printed now, if it is generated).
        experts.seed(data.experts());
        addMissingCallItems(data);
        boolean living = this.living.seed(data, password);
        if (generated && (fresh || living)) {
            System.out.println("\n==== KSTP demo mode: every " + (fresh ? "" : "new ")
                    + "demo account's password is " + password + " ====\n");
        }
    }

    /** The open demo call, made before calls had items, gains them; a call that has any is left alone. */
    private void addMissingCallItems(DemoData data) {
        String title = (String) data.call().get("title");
        queries.openCalls().stream().filter(c -> c.title().equals(title) && c.items().isEmpty()).forEach(call -> {
            Actor bureau = bureau();
            data.callItems().forEach(item -> programs.addCallItem(call.id(), item, bureau));
            log.info("Demo call {} gained its {} items", call.id(), data.callItems().size());
        });
    }

    private Actor bureau() {
        return identity.accountByUsername("bureau.admin")
                .map(a -> new Actor(a.id(), a.username(), a.displayName(), a.roles(), null, null))
                .orElseThrow();
    }

    private void seed(DemoData data, String password) {
        Map<String, UUID> organisations = new HashMap<>();
        for (Map<String, Object> org : data.organisations()) {
            String uscc = (String) org.get("uscc");
            OrganisationSummary saved = directory.organisationByUscc(uscc).orElseGet(() -> directory.registerOrganisation(
                    new NewOrganisation(uscc, (String) org.get("name"), (String) org.get("county")), Actor.system()));
            organisations.put((String) org.get("key"), saved.id());
        }
        for (Map<String, Object> account : data.accounts()) {
            identity.createAccount(toAccount(account, password, organisations), Actor.system());
        }
        seedProgram(data);
        log.info("Demo data created: {} accounts", data.accounts().size());
    }

    @SuppressWarnings("unchecked")
    private static NewAccount toAccount(Map<String, Object> a, String password, Map<String, UUID> organisations) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        ((List<String>) a.get("roles")).forEach(r -> roles.add(Role.valueOf(r)));
        UUID organisation = a.get("organisation") == null ? null : organisations.get((String) a.get("organisation"));
        return new NewAccount((String) a.get("username"), password, (String) a.get("name"), roles,
                (String) a.get("county"), organisation, (String) a.get("email"));
    }

    private void seedProgram(DemoData data) {
        Actor bureau = bureau();
        Map<String, Object> p = data.program();
        UUID programId = programs.createProgram((String) p.get("name"), (String) p.get("planTask"),
                (String) p.get("description"), bureau);
        Map<String, Object> c = data.call();
        Instant now = clock.instant();
        UUID callId = programs.draftCall(programId, new CallDraft((String) c.get("title"),
                (String) c.get("guideline"), now.minus(Duration.ofDays(((Number) c.get("openedDaysAgo")).longValue())),
                now.plus(Duration.ofDays(((Number) c.get("closesInDays")).longValue())),
                DemoData.decimal(c.get("budgetCap")), true, false, rules.indirectTiers(),
                rules.equipmentJustificationThreshold(), rules.concurrency(), Map.of(),
                data.requiredSections()), bureau);
        data.callItems().forEach(item -> programs.addCallItem(callId, item, bureau));
        programs.publishCall(callId, bureau);
    }

    /** 16 characters from an alphabet without look-alikes, always with letters and digits. */
    private static String generatedPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder("Ks7");
        while (out.length() < 16) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
