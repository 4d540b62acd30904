package org.kstp.proposal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The parts of a proposal beyond the basic data: the call item it answers, its discipline, the
 * project period's start, partner institutions, assessable indicators and milestones.
 *
 * @param callItemId the item of the call; required when the call has items
 * @param disciplineCode GB/T 13745 code from the directory
 */
public record ProposalDetail(UUID callItemId, String disciplineCode, LocalDate plannedStartOn, List<Partner> partners,
                             List<AssessableIndicator> indicators, List<Milestone> milestones) {

    public static final ProposalDetail NONE = new ProposalDetail(null, null, null, List.of(), List.of(), List.of());

    public ProposalDetail {
        partners = partners == null ? List.of() : List.copyOf(partners);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        disciplineCode = disciplineCode == null || disciplineCode.isBlank() ? null : disciplineCode.trim();
    }
}
