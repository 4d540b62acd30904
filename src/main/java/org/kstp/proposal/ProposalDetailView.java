package org.kstp.proposal;

import java.time.LocalDate;
import java.util.List;

/**
 * The call item, discipline, period, partners, indicators and schedule of a proposal, resolved for
 * reading (staff pages, experts' review page); never for editing.
 *
 * @param callItemNumber 1-based number of the call item, or null when the proposal answers none
 */
public record ProposalDetailView(Integer callItemNumber, String callItemTitle, String disciplineCode,
                                 String disciplineName, LocalDate plannedStartOn, LocalDate plannedEndOn,
                                 List<PartnerRow> partners, List<IndicatorRow> indicators,
                                 List<MilestoneRow> milestones) {

    /** @param role the {@code PartnerRole} name, labelled {@code proposal.PartnerRole.<role>} */
    public record PartnerRow(String name, String uscc, String role) {
    }

    public record IndicatorRow(String name, String targetValue, String unit) {
    }

    public record MilestoneRow(LocalDate startsOn, LocalDate endsOn, String milestone, String deliverable) {
    }
}
