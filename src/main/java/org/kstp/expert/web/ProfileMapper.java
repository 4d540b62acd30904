package org.kstp.expert.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.kstp.expert.domain.Availability;
import org.kstp.expert.domain.Employment;
import org.kstp.expert.domain.Expert;
import org.kstp.expert.domain.Profile;
import org.kstp.expert.domain.Relation;
import org.kstp.expert.domain.RelationKind;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.springframework.stereotype.Component;

/** Between the profile form (text lines) and the domain's {@link Profile}; unknown codes and bad lines are refused. */
@Component
class ProfileMapper {

    private final DirectoryApi directory;
    private final IdentityApi identity;

    ProfileMapper(DirectoryApi directory, IdentityApi identity) {
        this.directory = directory;
        this.identity = identity;
    }

    Profile toProfile(ProfileForm f) {
        UUID employer = blank(f.employerUscc()) ? null : organisation(f.employerUscc());
        return new Profile(f.title(), employer, Arrays.asList(f.disciplines().split("[,\\s]+")), f.keywords(),
                f.fields(), f.region() == null ? null : f.region().trim(), Boolean.TRUE.equals(f.partnerProvince()), f.pastWork(),
                lines(f.relations(), this::relation), lines(f.employments(), this::employment),
                lines(f.availability(), p -> new Availability(date(p, 0), date(p, 1))));
    }

    ProfileForm toForm(Expert e) {
        String employerUscc = e.employerOrganisationId() == null ? "" : uscc(e.employerOrganisationId());
        return new ProfileForm(e.title(), employerUscc, String.join(", ", e.disciplines()), e.keywords(), e.fields(),
                e.region(), e.partnerProvince(), e.pastWork(),
                join(e.relations().stream().map(r -> r.kind() + "; " + other(r) + "; " + text(r.fromDate()) + "; "
                        + text(r.toDate())).toList()),
                join(e.employments().stream().map(x -> uscc(x.organisationId()) + "; " + text(x.fromDate()) + "; "
                        + text(x.toDate())).toList()),
                join(e.availability().stream().map(a -> a.fromDate() + "; " + a.toDate()).toList()));
    }

    private Relation relation(String[] p) {
        RelationKind kind;
        try {
            kind = RelationKind.valueOf(p[0].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("expert.profile.relationKind", p[0].trim());
        }
        String who = p.length > 1 ? p[1].trim() : "";
        AccountSummary account = identity.accountByUsername(who).orElse(null);
        return new Relation(kind, account == null ? null : account.id(), account == null ? who : account.displayName(),
                date(p, 2), date(p, 3));
    }

    private Employment employment(String[] p) {
        return new Employment(organisation(p[0]), date(p, 1), date(p, 2));
    }

    private UUID organisation(String uscc) {
        return directory.organisationByUscc(uscc.trim()).map(OrganisationSummary::id)
                .orElseThrow(() -> new RuleViolation("expert.profile.unknownOrganisation", uscc.trim()));
    }

    private String uscc(UUID organisationId) {
        return directory.organisation(organisationId).map(OrganisationSummary::uscc).orElse("");
    }

    private String other(Relation r) {
        if (r.otherAccountId() != null) {
            return identity.account(r.otherAccountId()).map(AccountSummary::username).orElse(r.otherName());
        }
        return r.otherName();
    }

    private static <T> List<T> lines(String text, Function<String[], T> parse) {
        List<T> out = new ArrayList<>();
        if (text != null) {
            text.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(l -> out.add(parse.apply(l.split(";"))));
        }
        return out;
    }

    private static LocalDate date(String[] parts, int i) {
        if (parts.length <= i || parts[i].isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(parts[i].trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("expert.profile.dateFormat", parts[i].trim());
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines);
    }
}
