package org.kstp.expert.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.common.Uscc;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.kstp.expert.domain.ExpertRepository;
import org.kstp.expert.domain.ExpertService;
import org.kstp.expert.domain.Profile;
import org.kstp.expert.domain.YearlyCap;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.kstp.plan.PlanApi;
import org.kstp.plan.PlanIndustry;
import org.kstp.platform.ImportLine;
import org.kstp.platform.TabularColumns;
import org.kstp.platform.TabularImport;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk entry of experts the bureau has vetted (lists from the region, partner provinces, societies),
 * with the same dry run as the integrity import: each line is matched to an existing account (the
 * person record) and employer (by USCC) or refused with its reason. Accounts are opened by the system
 * administrator (separation of duties), so an unknown user name is refused, not created. Imported
 * experts are approved at once: ACTIVE, as the pool lifecycle prescribes for vetted entries.
 */
@Service
public class ExpertImport implements TabularImport {

    /** The columns a file may have, in the order the page documents them. */
    public static final List<String> COLUMNS = ExpertRow.NAMES;

    private final IdentityApi identity;
    private final DirectoryApi directory;
    private final PlanApi plan;
    private final ExpertRepository experts;
    private final ExpertService service;
    private final Map<String, Boolean> flagWords;
    private final YearlyCap caps;

    ExpertImport(IdentityApi identity, DirectoryApi directory, PlanApi plan, ExpertRepository experts,
                 ExpertService service, MessageSource messages, YearlyCap caps) {
        this.caps = caps;
        this.identity = identity;
        this.directory = directory;
        this.plan = plan;
        this.experts = experts;
        this.service = service;
        this.flagWords = flagWords(messages);
    }

    /** Lists are filled in by people in either language: a yes/no in Chinese or English is accepted. */
    private static Map<String, Boolean> flagWords(MessageSource messages) {
        Map<String, Boolean> words = new HashMap<>();
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            for (Map.Entry<String, Boolean> key : Map.of("expert.import.yesWords", true,
                    "expert.import.noWords", false).entrySet()) {
                for (String word : messages.getMessage(key.getKey(), null, locale).split(",")) {
                    words.put(word.trim().toLowerCase(Locale.ROOT), key.getValue());
                }
            }
        }
        return Map.copyOf(words);
    }

    /** One checked line: the expert to enter, or the refusal. */
    record Checked(ImportLine line, ExpertService.Vetted vetted) {
    }

    @Override
    public String kind() {
        return "expert";
    }

    @Override
    public void requireAllowed(Actor actor) {
        if (!actor.has(Role.BUREAU_STAFF)) {
            throw new AccessDeniedException("bureau only");
        }
    }

    @Override
    public String home() {
        return "/experts/import";
    }

    @Override
    @Transactional(readOnly = true)
    public List<ImportLine> dryRun(List<List<String>> rows, Actor actor, IntConsumer progress) {
        return check(rows, actor, progress).stream().map(Checked::line).toList();
    }

    @Override
    @Transactional
    public int commit(List<List<String>> rows, Actor actor, IntConsumer progress) {
        // The re-check fills the first half of the bar, the writing the second.
        List<Checked> checked = check(rows, actor, done -> progress.accept(done / 2));
        long refused = checked.stream().filter(c -> c.line().refused()).count();
        if (refused > 0) {
            throw new RuleViolation("expert.import.hasRefusals", refused);
        }
        int half = checked.size() / 2;
        service.enterVetted(checked.stream().map(Checked::vetted).toList(), actor,
                done -> progress.accept(half + done / 2));
        return checked.size();
    }

    private List<Checked> check(List<List<String>> rows, Actor actor, IntConsumer progress) {
        requireAllowed(actor);
        if (rows.isEmpty()) {
            throw new RuleViolation("platform.import.empty");
        }
        TabularColumns columns = new TabularColumns(rows.getFirst(), ExpertRow.REQUIRED);
        Set<String> industries = plan.industries().stream().map(PlanIndustry::code).collect(Collectors.toSet());
        Map<String, Integer> seen = new HashMap<>();
        List<Checked> result = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            ExpertRow row = new ExpertRow(columns, rows.get(i), flagWords);
            result.add(line(i + 1, row, industries, seen));
            progress.accept(i);
        }
        return result;
    }

    private Checked line(int line, ExpertRow row, Set<String> industries, Map<String, Integer> seen) {
        String username = row.text("username");
        try {
            AccountSummary account = account(row.required("username"));
            Integer first = seen.putIfAbsent(account.username(), line);
            if (first != null) {
                throw new RuleViolation("expert.import.duplicateInFile", first);
            }
            OrganisationSummary employer = employer(row.text("employer_uscc"));
            Profile profile = new Profile(row.text("title"), employer == null ? null : employer.id(), row.disciplines(),
                    row.text("keywords"), industries(row, industries), region(row.text("region")),
                    row.flag("partner_province"), null, List.of(), List.of(), List.of());
            profile.validate();
            ExpertService.Vetted vetted = new ExpertService.Vetted(account.id(), account.username(),
                    account.displayName(), profile, caps.personal(row.cap("yearly_cap")));
            return new Checked(ImportLine.of(line, account.displayName(), false,
                    employer == null ? "expert.import.matched" : "expert.import.matchedWithEmployer",
                    account.displayName(), account.username(), employer == null ? "" : employer.name()), vetted);
        } catch (RuleViolation refused) {
            return new Checked(ImportLine.of(line, username, true, refused.messageKey(), refused.arguments()), null);
        }
    }

    private AccountSummary account(String username) {
        AccountSummary account = identity.accountByUsername(username)
                .orElseThrow(() -> new RuleViolation("expert.import.unknownAccount", username));
        if (!account.roles().contains(Role.EXPERT)) {
            throw new RuleViolation("expert.import.notExpert", username);
        }
        if (experts.existsById(account.id())) {
            throw new RuleViolation("expert.import.alreadyInPool", account.displayName());
        }
        return account;
    }

    private OrganisationSummary employer(String raw) {
        if (raw == null) {
            return null;
        }
        String code;
        try {
            code = Uscc.parse(raw).value();
        } catch (RuleViolation malformed) {
            throw new RuleViolation("expert.import.badUscc", raw);
        }
        return directory.organisationByUscc(code)
                .orElseThrow(() -> new RuleViolation("expert.import.unknownOrganisation", code));
    }

    private static List<String> industries(ExpertRow row, Set<String> known) {
        List<String> codes = row.list("industries");
        codes.stream().filter(c -> !known.contains(c)).findFirst().ifPresent(c -> {
            throw new RuleViolation("expert.import.unknownIndustry", c);
        });
        return codes;
    }

    /** A six-digit code must be a Kashgar county; anything else is taken as a province name (experts from elsewhere). */
    private String region(String value) {
        if (value != null && value.matches("\\d{6}") && directory.county(value).isEmpty()) {
            throw new RuleViolation("expert.import.unknownCounty", value);
        }
        return value;
    }
}
