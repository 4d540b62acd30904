package org.kstp.review.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.kstp.common.BusinessTime;
import org.kstp.expert.Eligibility;
import org.kstp.expert.ExpertApi;
import org.kstp.expert.ProposalParties;
import org.kstp.proposal.ProposalApi;
import org.kstp.proposal.ProposalParticipants;
import org.springframework.stereotype.Component;

/**
 * Asks the expert pool about one proposal: review translates the proposal's participants into the
 * expert module's {@link ProposalParties}, so neither of those two modules depends on the other.
 * The applicant's own exclusion list is not collected by proposals yet, so it goes in empty.
 */
@Component
public class ConflictCheck {

    private final ProposalApi proposals;
    private final ExpertApi experts;
    private final Clock clock;

    ConflictCheck(ProposalApi proposals, ExpertApi experts, Clock clock) {
        this.proposals = proposals;
        this.experts = experts;
        this.clock = clock;
    }

    public Eligibility explain(UUID proposalId, UUID expertAccountId) {
        return experts.explain(parties(proposalId), expertAccountId, today());
    }

    public List<Eligibility> eligible(UUID proposalId) {
        return experts.eligibleExperts(parties(proposalId), today());
    }

    public List<Eligibility> excluded(UUID proposalId) {
        return experts.excludedExperts(parties(proposalId), today());
    }

    ProposalParties parties(UUID proposalId) {
        ProposalParticipants p = proposals.participants(proposalId);
        return new ProposalParties(p.proposalId(), new ProposalParties.Person(p.piAccountId(), p.piName()),
                p.team().stream().map(m -> new ProposalParties.Person(m.accountId(), m.name())).toList(),
                p.hostOrganisationId(), p.countyCode(), p.excludedExperts().entrySet().stream()
                        .map(e -> new ProposalParties.Exclusion(e.getKey(), e.getValue())).toList(), p.coworkers());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }
}
