package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.ProposalParties;

/** NOT_IN_POOL: only approved experts (active or due for refresh) review. Screening never lists the others. */
final class NotInPool implements ConflictPolicy {

    @Override
    public ConflictCode code() {
        return ConflictCode.NOT_IN_POOL;
    }

    @Override
    public Optional<ConflictReason> check(ProposalParties parties, ExpertFacts expert, LocalDate date,
                                          ConflictSettings settings) {
        return expert.inPool() ? Optional.empty()
                : Optional.of(reason("expert.ExpertStatus." + expert.status().name(), null));
    }

    @Override
    public Collection<ExpertFacts> suspects(ProposalParties parties, PoolIndex index, ConflictSettings settings) {
        return List.of();
    }
}
