package org.kstp.proposal.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kstp.common.BusinessTime;
import org.kstp.proposal.domain.Calls;
import org.kstp.proposal.domain.Proposal;
import org.kstp.proposal.domain.ProposalDetail;
import org.kstp.proposal.domain.Milestone;
import org.kstp.program.CallView;
import org.kstp.program.RequiredSection;

/** Milestones: complete date ranges, in order, inside the project period (2026-07-01 to 2028-06-30). */
class ScheduleTest {

    private static final LocalDate START = LocalDate.of(2026, 7, 1);
    private final CallView requiring = Calls.open(List.of(), Set.of(RequiredSection.MILESTONES));
    private final CallView optional = Calls.open(List.of(), Set.of());

    private static Proposal with(LocalDate start, Milestone... milestones) {
        return Calls.proposal("100000", new ProposalDetail(null, null, start, List.of(), List.of(), List.of(milestones)));
    }

    private static Milestone stage(String from, String to) {
        return new Milestone(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                "Stage", null);
    }

    private static List<String> keys(Proposal p, CallView call) {
        return check(p, call).stream().map(Finding::messageKey).toList();
    }

    private static List<Finding> check(Proposal p, CallView call) {
        return new Schedule().check(p, new RuleContext(call, START, java.time.ZoneId.of(BusinessTime.DEFAULT_ZONE), null));
    }

    @Test
    void stagesOnThePeriodsBoundsAreInside() {
        assertThat(keys(with(START, stage("2026-07-01", "2027-06-30"), stage("2027-07-01", "2028-06-30")), requiring))
                .isEmpty();
    }

    @Test
    void aStageOneDayOutsideThePeriodIsNamedByItsRow() {
        var before = check(with(START, stage("2026-06-30", "2027-01-01")), requiring);
        assertThat(before).extracting(Finding::messageKey)
                .containsExactly("proposal.check.milestoneOutsidePeriod");
        assertThat(before.getFirst().arguments()).containsExactly(1, "2026-07-01", "2028-06-30");
        var after = check(with(START, stage("2027-01-01", "2027-02-01"),
                stage("2028-01-01", "2028-07-01")), requiring);
        assertThat(after.getFirst().arguments()[0]).isEqualTo(2);
    }

    @Test
    void incompleteAndReversedRangesAreRefused() {
        assertThat(keys(with(START, stage(null, "2027-01-01")), optional))
                .containsExactly("proposal.check.milestoneDates");
        assertThat(keys(with(START, stage("2027-02-01", "2027-01-31")), optional))
                .containsExactly("proposal.check.milestoneOrder");
        assertThat(keys(with(START, stage("2027-02-01", "2027-02-01")), optional)).isEmpty();
    }

    @Test
    void theCallDecidesWhetherAScheduleIsRequired() {
        assertThat(keys(with(null), requiring)).containsExactly("proposal.check.plannedStart",
                "proposal.check.milestones");
        assertThat(keys(with(null), optional)).isEmpty();
        assertThat(keys(with(null, stage("2027-01-01", "2027-02-01")), optional))
                .containsExactly("proposal.check.plannedStart");
    }

    @Test
    void thePeriodMustStartBeforeItEnds() {
        assertThat(keys(with(LocalDate.of(2028, 6, 30)), optional)).containsExactly("proposal.check.periodOrder");
    }
}
