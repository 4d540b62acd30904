package org.kstp.proposal.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.kstp.directory.PersonRecords;
import org.kstp.directory.PersonSummary;
import org.kstp.proposal.ProposalParticipants;
import org.kstp.proposal.query.CoworkerQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads everyone behind a proposal for the conflict rules: team members' employers come from their
 * person records (the directory's current organisation), because the proposal keeps only the name
 * of the organisation as it was typed.
 */
@Component
class ParticipantsReader {

    private final CoworkerQuery coworkers;
    private final PersonRecords people;
    private final JdbcClient jdbc;

    ParticipantsReader(CoworkerQuery coworkers, PersonRecords people, JdbcClient jdbc) {
        this.coworkers = coworkers;
        this.people = people;
        this.jdbc = jdbc;
    }

    ProposalParticipants of(Proposal p) {
        List<ProposalParticipants.Member> team = p.team().stream()
                .map(t -> new ProposalParticipants.Member(t.accountId(), t.name(), employer(t))).toList();
        List<UUID> partners = p.partners().stream().map(Partner::organisationId).filter(Objects::nonNull)
                .distinct().toList();
        return new ProposalParticipants(p.id(), p.piAccountId(), p.piName(), team, p.hostOrganisationId(), partners,
                p.countyCode(), coworkers.coworkersOf(p.piAccountId(), p.id()), excludedExperts(p.id()));
    }

    private UUID employer(TeamMember member) {
        return member.personId() == null ? null
                : people.person(member.personId()).map(PersonSummary::organisationId).orElse(null);
    }

    /** The applicant's exclusions that matched an expert account. */
    private Map<UUID, String> excludedExperts(UUID proposalId) {
        Map<UUID, String> excluded = new LinkedHashMap<>();
        jdbc.sql("select expert_account_id, reason from proposal_expert_exclusion where proposal_id = ?"
                        + " and expert_account_id is not null order by position")
                .param(proposalId).query(rs -> {
                    excluded.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return excluded;
    }
}
