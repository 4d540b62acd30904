package org.kstp.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A proposal was funded. The project module turns it into a project awaiting its agreement; the
 * event is persisted, so a crash between approval and project creation loses nothing.
 *
 * @param team the team members known by person record and/or account (members entered by name only
 *     are left out: nothing could count their projects)
 */
public record ProposalApproved(UUID proposalId, UUID callId, String trackingNumber, String title,
                               UUID hostOrganisationId, UUID piAccountId, String piName, String countyCode,
                               BigDecimal approvedAmount, LocalDate plannedEndOn, List<Member> team) {

    public ProposalApproved {
        team = team == null ? List.of() : List.copyOf(team);
    }

    /** A team member as the concurrency limits count them: by person record, account, or both. */
    public record Member(UUID personId, UUID accountId) {
    }
}
