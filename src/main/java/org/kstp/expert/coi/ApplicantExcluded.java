package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.ProposalParties;

/** APPLICANT_EXCLUDED: the applicant named this expert (with a reason, shown to staff only). */
final class ApplicantExcluded implements ConflictPolicy {

    @Override
    public ConflictCode code() {
        return ConflictCode.APPLICANT_EXCLUDED;
    }

    @Override
    public Optional<ConflictReason> check(ProposalParties parties, ExpertFacts expert, LocalDate date,
                                          ConflictSettings settings) {
        return parties.applicantExclusions().stream().filter(x -> expert.accountId().equals(x.expertAccountId()))
                .findFirst().map(x -> reason(null, x.reason()));
    }

    @Override
    public Collection<ExpertFacts> suspects(ProposalParties parties, PoolIndex index, ConflictSettings settings) {
        return parties.applicantExclusions().stream().map(x -> index.expert(x.expertAccountId()))
                .filter(Objects::nonNull).toList();
    }
}
