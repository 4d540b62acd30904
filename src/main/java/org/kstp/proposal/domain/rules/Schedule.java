package org.kstp.proposal.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kstp.program.RequiredSection;
import org.kstp.proposal.domain.Milestone;
import org.kstp.proposal.domain.Proposal;

/**
 * SCHEDULE: a project period (an end date always; a start before it where milestones are kept) and
 * milestones whose date ranges are complete, in order and inside that period, so the agreement later
 * signed from it can be monitored. Each finding names the milestone by its row number as the form shows it.
 */
final class Schedule implements ProposalRule {

    @Override
    public RuleCode code() {
        return RuleCode.SCHEDULE;
    }

    @Override
    public List<Finding> check(Proposal p, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        LocalDate start = p.plannedStartOn();
        LocalDate end = p.plannedEndOn();
        boolean required = context.call().requires(RequiredSection.MILESTONES);
        if (end == null) {
            findings.add(finding("proposal.check.plannedEnd"));
        }
        if (start == null && (required || !p.milestones().isEmpty())) {
            findings.add(finding("proposal.check.plannedStart"));
        }
        if (start != null && end != null && !start.isBefore(end)) {
            findings.add(finding("proposal.check.periodOrder"));
        }
        if (p.milestones().isEmpty() && required) {
            findings.add(finding("proposal.check.milestones"));
        }
        List<Milestone> milestones = p.milestones();
        for (int i = 0; i < milestones.size(); i++) {
            milestone(findings, i + 1, milestones.get(i), start, end);
        }
        return findings;
    }

    private void milestone(List<Finding> findings, int row, Milestone m, LocalDate start, LocalDate end) {
        if (m.startsOn() == null || m.endsOn() == null) {
            findings.add(finding("proposal.check.milestoneDates", row));
        } else if (m.endsOn().isBefore(m.startsOn())) {
            findings.add(finding("proposal.check.milestoneOrder", row));
        } else if (start != null && m.startsOn().isBefore(start) || end != null && m.endsOn().isAfter(end)) {
            findings.add(finding("proposal.check.milestoneOutsidePeriod", row, String.valueOf(start),
                    String.valueOf(end)));
        }
    }
}
