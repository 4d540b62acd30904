package org.kstp.expert.coi;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.kstp.expert.ConflictCode;
import org.kstp.expert.ConflictReason;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.ProposalParties;
import org.kstp.expert.domain.Employment;

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
        if (parties.hostOrganisationId() == null) {
            return Optional.empty();
        }
        if (parties.hostOrganisationId().equals(expert.employerId())) {
            return Optional.of(reason("expert.conflict.currentEmployer", null));
        }
        LocalDate windowStart = date.minusYears(settings.sameOrganisationYears());
        for (Employment e : expert.employments()) {
            boolean recent = e.toDate() == null || !e.toDate().isBefore(windowStart);
            boolean started = e.fromDate() == null || !e.fromDate().isAfter(date);
            if (e.organisationId().equals(parties.hostOrganisationId()) && recent && started) {
                return Optional.of(reason("expert.conflict.formerEmployer", String.valueOf(e.toDate())));
            }
        }
        return Optional.empty();
    }

    @Override
    public Collection<ExpertFacts> suspects(ProposalParties parties, PoolIndex index, ConflictSettings settings) {
        return index.employedAt(parties.hostOrganisationId());
    }
}
