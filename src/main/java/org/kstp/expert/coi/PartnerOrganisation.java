package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.ProposalParties;

/**
 * PARTNER_ORGANISATION: the expert works at one of the proposal's partner institutions, or left it
 * within the same window as for the host. A partner that is also the host is left to
 * SAME_ORGANISATION, so staff see one reason per tie.
 */
final class PartnerOrganisation implements ConflictPolicy {

    @Override
    public ConflictCode code() {
        return ConflictCode.PARTNER_ORGANISATION;
    }

    @Override
    public Optional<ConflictReason> check(ProposalParties parties, ExpertFacts expert, LocalDate date,
                                          ConflictSettings settings) {
        for (UUID partner : partners(parties)) {
            Optional<Affiliation> tie = Affiliation.of(expert, partner, date, settings.sameOrganisationYears());
            if (tie.isPresent()) {
                return tie.map(a -> reason(a.detailKey(), a.current() ? null : String.valueOf(a.leftOn())));
            }
        }
        return Optional.empty();
    }

    @Override
    public Collection<ExpertFacts> suspects(ProposalParties parties, PoolIndex index, ConflictSettings settings) {
        Set<ExpertFacts> suspects = new LinkedHashSet<>();
        partners(parties).forEach(p -> suspects.addAll(index.employedAt(p)));
        return suspects;
    }

    private static Collection<UUID> partners(ProposalParties parties) {
        return parties.partnerOrganisationIds().stream().filter(p -> !p.equals(parties.hostOrganisationId())).toList();
    }
}
