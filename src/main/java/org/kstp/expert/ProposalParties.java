package org.kstp.expert;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Who is behind one proposal, as the conflict rules need it. The review module fills it from the
 * proposal module, so the expert module never depends on proposals.
 *
 * @param team members of the proposal team, with account where they have one
 * @param partnerOrganisationIds the partner institutions, each a party as much as the host
 * @param countyCode the county of the host institution's proposal (for the optional same-county rule)
 * @param applicantExclusions experts the applicant asked not to be reviewed by (at most 3), with reasons
 * @param collaborators accounts that were PI or team member together with the PI on another proposal
 *                      or project, each with the latest date they did so
 */
public record ProposalParties(UUID proposalId, Person pi, List<Person> team, UUID hostOrganisationId,
                              List<UUID> partnerOrganisationIds, String countyCode, List<Exclusion> applicantExclusions,
                              Map<UUID, LocalDate> collaborators) {

    public ProposalParties {
        team = List.copyOf(team);
        partnerOrganisationIds = List.copyOf(partnerOrganisationIds);
        applicantExclusions = List.copyOf(applicantExclusions);
        collaborators = Map.copyOf(collaborators);
    }

    /**
     * A person on the proposal: an account where known, the name as written on the proposal, and
     * their employer where known (null otherwise).
     */
    public record Person(UUID accountId, String name, UUID organisationId) {
    }

    /** One entry of the applicant's list of experts to avoid; the reason is shown to staff only. */
    public record Exclusion(UUID expertAccountId, String reason) {
    }

    /** The PI followed by the team. */
    public List<Person> people() {
        return Stream.concat(Stream.of(pi), team.stream()).toList();
    }
}
