package org.kstp.proposal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.kstp.directory.PersonDetails;
import org.kstp.directory.PersonIdHash;
import org.kstp.directory.PersonIdType;
import org.kstp.directory.PersonRecords;
import org.kstp.directory.PersonSummary;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.kstp.proposal.domain.Partner;
import org.kstp.proposal.domain.TeamMember;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Team rows to team members, filing each member as a person record ("enter once"). The record is found
 * by ID number, else by the record the row was filled from, else by name and phone, and created when
 * none exists; a changed row updates the record when the user may edit it. Repeated autosaves therefore
 * find the same record instead of creating another one.
 */
@Component
class TeamRows {

    private final PersonIdHash idHash;
    private final IdentityApi identity;
    private final DirectoryApi directory;
    private final PersonRecords people;

    TeamRows(IdentityApi identity, DirectoryApi directory, PersonRecords people, PersonIdHash idHash) {
        this.idHash = idHash;
        this.identity = identity;
        this.directory = directory;
        this.people = people;
    }

    /**
     * The team; a row's hidden person id is honoured only for a record already on the team or one the
     * actor may edit, so posting someone else's id neither links nor reveals their record.
     */
    List<TeamMember> read(List<TeamMemberForm> rows, List<Partner> partners, Set<UUID> known, Actor actor,
                          BindingResult errors) {
        List<TeamMember> team = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            TeamMemberForm row = rows.get(i);
            if (!row.isBlank()) {
                member(row, "team[" + i + "].", partners, known, actor, errors).ifPresent(team::add);
            }
        }
        return team;
    }

    private Optional<TeamMember> member(TeamMemberForm row, String path, List<Partner> partners, Set<UUID> known,
                                        Actor actor, BindingResult errors) {
        UUID account = null;
        if (row.getUsername() != null && !row.getUsername().isBlank()) {
            account = identity.accountByUsername(row.getUsername().trim()).map(AccountSummary::id).orElse(null);
            if (account == null) {
                errors.rejectValue(path + "username", "proposal.team.unknownUser");
            }
        }
        String discipline = blankToNull(row.getDisciplineCode());
        if (discipline != null && directory.discipline(discipline).isEmpty()) {
            errors.rejectValue(path + "disciplineCode", "proposal.field.disciplineUnknown", new Object[] {discipline},
                    null);
        }
        String hash = null;
        PersonIdType type = row.getIdType() == null ? PersonIdType.CITIZEN_ID : row.getIdType();
        if (row.getIdNumber() != null && !row.getIdNumber().isBlank()) {
            try {
                hash = idHash.of(type, row.getIdNumber());
            } catch (RuleViolation malformed) {
                errors.rejectValue(path + "idNumber", malformed.messageKey());
            }
        }
        if (errors.hasFieldErrors(path + "*")) {
            return Optional.empty();
        }
        UUID organisationId = organisationOf(row.getOrganisationName(), partners, actor);
        PersonDetails details = new PersonDetails(row.getName().trim(), type, hash,
                hash == null ? null : PersonIdHash.tail(row.getIdNumber()), phone(row.getPhone()),
                blankToNull(row.getTitle()), organisationId, blankToNull(row.getOrganisationName()), discipline, account);
        UUID chosen = row.getPersonId() != null
                && (known.contains(row.getPersonId()) || people.mayEdit(row.getPersonId(), actor))
                ? row.getPersonId() : null;
        UUID personId = file(chosen, details, actor).map(PersonSummary::id).orElse(null);
        return Optional.of(new TeamMember(details.name(), details.title(), details.organisationName(),
                blankToNull(row.getDuty()), account, personId, discipline));
    }

    private Optional<PersonSummary> file(UUID chosen, PersonDetails details, Actor actor) {
        Optional<PersonSummary> existing = details.idHash() != null
                ? people.byIdHash(details.idType(), details.idHash())
                : chosen != null ? people.person(chosen)
                : people.byNameAndPhone(details.name(), details.phone());
        if (existing.isEmpty()) {
            return details.idHash() == null && details.phone() == null ? Optional.empty()
                    : Optional.of(people.save(null, details, actor));
        }
        PersonSummary person = existing.get();
        if (changes(person, details) && people.mayEdit(person.id(), actor)) {
            return Optional.of(people.save(person.id(), details, actor));
        }
        return existing;
    }

    /** Whether saving would change the record; unchanged rows must not write (autosave runs often). */
    private static boolean changes(PersonSummary p, PersonDetails d) {
        return !Objects.equals(p.name(), d.name()) || d.idHash() != null && !d.idHash().equals(p.idHash())
                || d.phone() != null && !d.phone().equals(p.phone()) || !Objects.equals(p.title(), d.title())
                || !Objects.equals(p.organisationId(), d.organisationId())
                || !Objects.equals(p.organisationName(), d.organisationName())
                || !Objects.equals(p.disciplineCode(), d.disciplineCode())
                || d.accountId() != null && !d.accountId().equals(p.accountId());
    }

    /** The PI's own organisation when the row names it or names none, else a partner of that name. */
    private UUID organisationOf(String name, List<Partner> partners, Actor actor) {
        Optional<OrganisationSummary> own = directory.organisation(actor.organisationId());
        if (name == null || name.isBlank() || own.map(o -> o.name().equals(name.trim())).orElse(false)) {
            return own.map(OrganisationSummary::id).orElse(null);
        }
        return partners.stream().filter(p -> p.name().equals(name.trim())).map(Partner::organisationId)
                .findFirst().orElse(null);
    }

    /** A masked phone ("139****5678") is what the page showed of someone else's record, not a number typed. */
    private static String phone(String value) {
        return value == null || value.contains("*") ? null : blankToNull(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
