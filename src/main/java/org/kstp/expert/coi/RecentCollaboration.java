package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.ProposalParties;

/**
 * RECENT_COLLABORATION: the expert was PI or team member together with this proposal's PI on another
 * proposal or project no more than N years before the date.
 */
final class RecentCollaboration implements ConflictPolicy {

    @Override
    public ConflictCode code() {
        return ConflictCode.RECENT_COLLABORATION;
    }

    @Override
    public Optional<ConflictReason> check(ProposalParties parties, ExpertFacts expert, LocalDate date,
                                          ConflictSettings settings) {
        LocalDate last = parties.collaborators().get(expert.accountId());
        if (last == null || last.isBefore(date.minusYears(settings.collaborationYears()))) {
            return Optional.empty();
        }
        return Optional.of(reason(null, last.toString()));
    }

    @Override
    public Collection<ExpertFacts> suspects(ProposalParties parties, PoolIndex index, ConflictSettings settings) {
        return parties.collaborators().keySet().stream().map(index::expert).filter(Objects::nonNull).toList();
    }
}
