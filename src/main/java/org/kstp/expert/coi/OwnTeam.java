package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.ProposalParties;

/** OWN_TEAM: nobody reviews a proposal they are PI or team member of. */
final class OwnTeam implements ConflictPolicy {

    @Override
    public ConflictCode code() {
        return ConflictCode.OWN_TEAM;
    }

    @Override
    public Optional<ConflictReason> check(ProposalParties parties, ExpertFacts expert, LocalDate date,
                                          ConflictSettings settings) {
        return parties.people().stream().filter(p -> expert.accountId().equals(p.accountId())).findFirst()
                .map(p -> reason(null, p.name()));
    }

    @Override
    public Collection<ExpertFacts> suspects(ProposalParties parties, PoolIndex index, ConflictSettings settings) {
        return parties.people().stream().map(p -> p.accountId() == null ? null : index.expert(p.accountId()))
                .filter(Objects::nonNull).toList();
    }
}
