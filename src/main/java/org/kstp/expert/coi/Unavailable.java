package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.Optional;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.ProposalParties;

/** UNAVAILABLE: the expert declared when they are available, and the date is outside every period. */
final class Unavailable implements ConflictPolicy {

    @Override
    public ConflictCode code() {
        return ConflictCode.UNAVAILABLE;
    }

    @Override
    public Optional<ConflictReason> check(ProposalParties parties, ExpertFacts expert, LocalDate date,
                                          ConflictSettings settings) {
        if (expert.availability().isEmpty() || expert.availability().stream().anyMatch(a -> a.covers(date))) {
            return Optional.empty();
        }
        return Optional.of(reason(null, date.toString()));
    }

    @Override
    public java.util.Collection<ExpertFacts> suspects(ProposalParties parties, PoolIndex index,
                                                      ConflictSettings settings) {
        return index.withAvailability();
    }
}
