package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.ProposalParties;

/**
 * TEAM_EMPLOYER: the expert works, or worked within the window, where one of the proposal's people
 * (the PI or a team member) is employed. Employers that are the host or a partner are left to those
 * rules, so staff see one reason per tie; the detail names the person.
 */
final class TeamEmployer implements ConflictPolicy {

    @Override
    public ConflictCode code() {
        return ConflictCode.TEAM_EMPLOYER;
    }

    @Override
    public Optional<ConflictReason> check(ProposalParties parties, ExpertFacts expert, LocalDate date,
                                          ConflictSettings settings) {
        for (ProposalParties.Person person : employed(parties)) {
            Optional<Affiliation> tie = Affiliation.of(expert, person.organisationId(), date,
                    settings.sameOrganisationYears());
            if (tie.isPresent()) {
                return tie.map(a -> reason(a.current() ? "expert.conflict.memberEmployer"
                        : "expert.conflict.memberFormerEmployer", a.current() ? person.name()
                        : person.name() + ", " + a.leftOn()));
            }
        }
        return Optional.empty();
    }

    @Override
    public Collection<ExpertFacts> suspects(ProposalParties parties, PoolIndex index, ConflictSettings settings) {
        Set<ExpertFacts> suspects = new LinkedHashSet<>();
        employed(parties).forEach(p -> suspects.addAll(index.employedAt(p.organisationId())));
        return suspects;
    }

    /** People whose employer is known and is neither the host nor a partner. */
    private static List<ProposalParties.Person> employed(ProposalParties parties) {
        return parties.people().stream().filter(p -> p.organisationId() != null)
                .filter(p -> !p.organisationId().equals(parties.hostOrganisationId()))
                .filter(p -> !parties.partnerOrganisationIds().contains(p.organisationId())).toList();
    }
}
