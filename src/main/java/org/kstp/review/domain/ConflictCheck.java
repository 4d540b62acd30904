package org.kstp.review.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.kstp.common.BusinessTime;
import org.kstp.expert.ConflictSettings;
import org.kstp.expert.Eligibility;
import org.kstp.expert.ExpertApi;
import org.kstp.expert.ProposalParties;
import org.kstp.proposal.ProposalApi;
import org.kstp.program.ConflictRules;
import org.kstp.program.ProgramApi;
import org.kstp.proposal.ProposalParticipants;
import org.springframework.stereotype.Component;

/**
 * Asks the expert pool about one proposal: review translates the proposal's participants into the
 * expert module's {@link ProposalParties}, so neither of those two modules depends on the other.
 * The numbers of the rules are those of the proposal's call (program module), so each call screens by
 * its own windows.
 */
@Component
public class ConflictCheck {

    private final ProposalApi proposals;
    private final ExpertApi experts;
    private final ProgramApi programs;
    private final BusinessTime time;

    ConflictCheck(ProposalApi proposals, ExpertApi experts, ProgramApi programs, BusinessTime time) {
        this.proposals = proposals;
        this.experts = experts;
        this.programs = programs;
        this.time = time;
    }

    public Eligibility explain(UUID proposalId, UUID expertAccountId) {
        return experts.explain(parties(proposalId), expertAccountId, today(), settings(proposalId));
    }

    public List<Eligibility> eligible(UUID proposalId) {
        return experts.eligibleExperts(parties(proposalId), today(), settings(proposalId));
    }

    public List<Eligibility> excluded(UUID proposalId) {
        return experts.excludedExperts(parties(proposalId), today(), settings(proposalId));
    }

    /** The call's rules as the expert module takes them. */
    ConflictSettings settings(UUID proposalId) {
        ConflictRules rules = programs.conflictRules(proposals.summary(proposalId).callId())
                .orElse(ConflictRules.defaults());
        return new ConflictSettings(rules.sameOrganisationYears(), rules.relationYears(), rules.collaborationYears(),
                rules.sameCounty());
    }

    /** The PI applies through the host, so the host is the PI's employer here. */
    ProposalParties parties(UUID proposalId) {
        ProposalParticipants p = proposals.participants(proposalId);
        return new ProposalParties(p.proposalId(),
                new ProposalParties.Person(p.piAccountId(), p.piName(), p.hostOrganisationId()),
                p.team().stream().map(m -> new ProposalParties.Person(m.accountId(), m.name(), m.organisationId()))
                        .toList(),
                p.hostOrganisationId(), p.partnerOrganisationIds(), p.countyCode(), p.excludedExperts().entrySet()
                        .stream().map(e -> new ProposalParties.Exclusion(e.getKey(), e.getValue())).toList(),
                p.coworkers());
    }

    private LocalDate today() {
        return time.today();
    }
}
