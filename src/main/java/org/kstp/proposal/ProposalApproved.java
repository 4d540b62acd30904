package org.kstp.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A proposal was funded. The project module turns it into a project awaiting its agreement; the
 * event is persisted, so a crash between approval and project creation loses nothing.
 */
public record ProposalApproved(UUID proposalId, UUID callId, String trackingNumber, String title,
                               UUID hostOrganisationId, UUID piAccountId, String piName, String countyCode,
                               BigDecimal approvedAmount, LocalDate plannedEndOn, List<UUID> teamAccountIds) {

    public ProposalApproved {
        teamAccountIds = teamAccountIds == null ? List.of() : List.copyOf(teamAccountIds);
    }
}
