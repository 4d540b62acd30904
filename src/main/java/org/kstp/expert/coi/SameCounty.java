package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.ProposalParties;

/** SAME_COUNTY (only when the settings ask for it): the expert's region is the proposal's county. */
final class SameCounty implements ConflictPolicy {

    @Override
    public ConflictCode code() {
        return ConflictCode.SAME_COUNTY;
    }

    @Override
    public Optional<ConflictReason> check(ProposalParties parties, ExpertFacts expert, LocalDate date,
                                          ConflictSettings settings) {
        boolean same = settings.sameCounty() && parties.countyCode() != null
                && parties.countyCode().equals(expert.region());
        return same ? Optional.of(reason(null, parties.countyCode())) : Optional.empty();
    }

    @Override
    public Collection<ExpertFacts> suspects(ProposalParties parties, PoolIndex index, ConflictSettings settings) {
        return settings.sameCounty() ? index.inRegion(parties.countyCode()) : List.of();
    }
}
