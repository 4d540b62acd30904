package org.kstp.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people and organisations behind a proposal, for conflict-of-interest checks in review.
 *
 * @param team the team members (account may be null for people without one)
 * @param partnerOrganisationIds the partner institutions, every one a party to the proposal
 * @param coworkers accounts that were PI or team member together with this PI on another submitted
 *                  proposal (approved ones became projects), each with the latest submission date
 * @param excludedExperts experts the applicant asked not to be sent the proposal, with their reasons
 */
public record ProposalParticipants(UUID proposalId, UUID piAccountId, String piName, List<Member> team,
                                   UUID hostOrganisationId, List<UUID> partnerOrganisationIds, String countyCode,
                                   Map<UUID, LocalDate> coworkers, Map<UUID, String> excludedExperts) {

    public ProposalParticipants {
        team = List.copyOf(team);
        partnerOrganisationIds = List.copyOf(partnerOrganisationIds);
    }

    /**
     * One team member.
     *
     * @param organisationId the member's employer as their person record has it, or null when the
     *                       member has no person record or the record no organisation
     */
    public record Member(UUID accountId, String name, UUID organisationId) {
    }
}
