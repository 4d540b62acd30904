package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.ProposalParties;

/**
 * SAME_ORGANISATION: the expert works at the host institution, or left it no more than N years
 * before the date (leaving exactly N years ago still counts).
 */
final class SameOrganisation implements ConflictPolicy {

    @Override
    public ConflictCode code() {
        return ConflictCode.SAME_ORGANISATION;
    }

    @Override
    public Optional<ConflictReason> check(ProposalParties parties, ExpertFacts expert, LocalDate date,
                                          ConflictSettings settings) {
        return Affiliation.of(expert, parties.hostOrganisationId(), date, settings.sameOrganisationYears())
                .map(a -> reason(a.detailKey(), a.current() ? null : String.valueOf(a.leftOn())));
    }

    @Override
    public Collection<ExpertFacts> suspects(ProposalParties parties, PoolIndex index, ConflictSettings settings) {
        return index.employedAt(parties.hostOrganisationId());
    }
}
