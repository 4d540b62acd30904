package org.kstp.proposal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kstp.program.CallView;
import org.kstp.program.RequiredSection;
import org.kstp.proposal.domain.ProposalChecklist.Finding;

/**
 * The schedule: a project period (start before end) and milestones whose date ranges are complete,
 * in order and inside that period, so the agreement later signed from it can be monitored. Each
 * finding names the milestone by its row number as the form shows it.
 */
final class ScheduleRules {

    private ScheduleRules() {
    }

    static List<Finding> check(Proposal p, CallView call) {
        List<Finding> findings = new ArrayList<>();
        LocalDate start = p.plannedStartOn();
        LocalDate end = p.plannedEndOn();
        boolean required = call.requires(RequiredSection.MILESTONES);
        if (start == null && (required || !p.milestones().isEmpty())) {
            findings.add(new Finding("proposal.check.plannedStart"));
        }
        if (start != null && end != null && !start.isBefore(end)) {
            findings.add(new Finding("proposal.check.periodOrder"));
        }
        if (p.milestones().isEmpty() && required) {
            findings.add(new Finding("proposal.check.milestones"));
        }
        List<Milestone> milestones = p.milestones();
        for (int i = 0; i < milestones.size(); i++) {
            milestone(findings, i + 1, milestones.get(i), start, end);
        }
        return findings;
    }

    private static void milestone(List<Finding> findings, int row, Milestone m, LocalDate start, LocalDate end) {
        if (m.startsOn() == null || m.endsOn() == null) {
            findings.add(new Finding("proposal.check.milestoneDates", row));
        } else if (m.endsOn().isBefore(m.startsOn())) {
            findings.add(new Finding("proposal.check.milestoneOrder", row));
        } else if (start != null && m.startsOn().isBefore(start) || end != null && m.endsOn().isAfter(end)) {
            findings.add(new Finding("proposal.check.milestoneOutsidePeriod", row,
                    String.valueOf(start), String.valueOf(end)));
        }
    }
}
