package org.kstp.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityRecordTookEffect;
import org.kstp.integrity.MeasureKind;
import org.kstp.proposal.ProposalApproved;

/** Integrity alerts hold disbursements until staff decide; the decision moves the project as it says. */
class ProjectSanctionTest {

    private final Actor bureau = new Actor(UUID.randomUUID(), "b", "Bureau", Set.of(Role.BUREAU_STAFF), null, null);
    private final Instant now = Instant.parse("2026-05-01T00:00:00Z");
    private final UUID record = UUID.randomUUID();

    private Project inProgress() {
        Project p = Project.award(new ProposalApproved(UUID.randomUUID(), UUID.randomUUID(), "KS2026-000001", "T",
                UUID.randomUUID(), UUID.randomUUID(), "PI", "653101", new BigDecimal("100000.00"), null, List.of()), now);
        p.apply(ProjectAction.SIGN_AGREEMENT, bureau, null, now);
        return p;
    }

    private SanctionAlert alert(UUID recordId) {
        return SanctionAlert.raise(recordId, SanctionAlert.Party.PI, "PI", "Region", "D-7", "BAN_APPLY 2026-04-01..",
                LocalDate.of(2026, 4, 1), now);
    }

    @Test
    void anOpenAlertBlocksDisbursementNamingTheRecordUntilStaffDecideToContinue() {
        Project p = inProgress();
        p.disburse(new BigDecimal("30000"), "first", bureau, now);
        assertThat(p.raiseAlert(alert(record))).isTrue();
        assertThat(p.raiseAlert(alert(record))).as("one alert per record").isFalse();
        assertThatThrownBy(() -> p.disburse(BigDecimal.TEN, null, bureau, now)).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("project.disbursement.blocked").hasMessageContaining("D-7");
        assertThatThrownBy(() -> p.decide(record, SanctionDecision.CONTINUE, " ", bureau, now))
                .hasMessageStartingWith("project.alert.noteRequired");
        p.decide(record, SanctionDecision.CONTINUE, "PI replaced", bureau, now);
        assertThat(p.blockingAlert()).isEmpty();
        assertThat(p.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        p.disburse(new BigDecimal("70000"), null, bureau, now);
        assertThat(p.remaining()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> p.disburse(new BigDecimal("0.01"), null, bureau, now))
                .hasMessageStartingWith("project.disbursement.overApproved");
    }

    @Test
    void suspendingKeepsTheBlockAndContinuingLaterResumesTheProject() {
        Project p = inProgress();
        p.raiseAlert(alert(record));
        p.decide(record, SanctionDecision.SUSPEND, "until the appeal ends", bureau, now);
        assertThat(p.status()).isEqualTo(ProjectStatus.SUSPENDED);
        assertThat(p.blockingAlert()).isPresent();
        assertThatThrownBy(() -> p.disburse(BigDecimal.TEN, null, bureau, now))
                .hasMessageStartingWith("project.disbursement.notInProgress");
        p.decide(record, SanctionDecision.CONTINUE, "appeal upheld the project", bureau, now);
        assertThat(p.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(p.history()).extracting(ProjectStatusChange::action)
                .containsExactly(ProjectAction.SIGN_AGREEMENT, ProjectAction.SUSPEND, ProjectAction.RESUME);
    }

    @Test
    void terminatingEndsTheProjectAndTheBlockStays() {
        Project p = inProgress();
        p.raiseAlert(alert(record));
        p.decide(record, SanctionDecision.TERMINATE, "grave misconduct", bureau, now);
        assertThat(p.status()).isEqualTo(ProjectStatus.TERMINATED);
        assertThat(p.blockingAlert()).get().extracting(SanctionAlert::status).isEqualTo(SanctionAlertStatus.TERMINATED);
        assertThatThrownBy(() -> p.decide(record, SanctionDecision.CONTINUE, "x", bureau, now))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> p.decide(UUID.randomUUID(), SanctionDecision.CONTINUE, "x", bureau, now))
                .hasMessageStartingWith("project.alert.unknown");
    }

    @Test
    void suspendingAProjectAwaitingItsAgreementIsRefusedAndLeavesTheAlertOpen() {
        Project p = Project.award(new ProposalApproved(UUID.randomUUID(), UUID.randomUUID(), "KS", "T",
                UUID.randomUUID(), UUID.randomUUID(), "PI", "653101", BigDecimal.TEN, null, List.of()), now);
        p.raiseAlert(alert(record));
        assertThatThrownBy(() -> p.decide(record, SanctionDecision.SUSPEND, "x", bureau, now))
                .isInstanceOf(RuleViolation.class);
        assertThat(p.alerts().getFirst().status()).isEqualTo(SanctionAlertStatus.OPEN);
    }

    @Test
    void everyCellOfTheAlertLifecycle() {
        Map<SanctionAlertStatus, Map<SanctionDecision, SanctionAlertStatus>> expected = Map.of(
                SanctionAlertStatus.OPEN, Map.of(SanctionDecision.CONTINUE, SanctionAlertStatus.CONTINUED,
                        SanctionDecision.SUSPEND, SanctionAlertStatus.SUSPENDED,
                        SanctionDecision.TERMINATE, SanctionAlertStatus.TERMINATED),
                SanctionAlertStatus.SUSPENDED, Map.of(SanctionDecision.CONTINUE, SanctionAlertStatus.CONTINUED,
                        SanctionDecision.TERMINATE, SanctionAlertStatus.TERMINATED),
                SanctionAlertStatus.CONTINUED, Map.of(),
                SanctionAlertStatus.TERMINATED, Map.of());
        for (SanctionAlertStatus from : SanctionAlertStatus.values()) {
            for (SanctionDecision d : SanctionDecision.values()) {
                assertThat(SanctionAlert.LIFECYCLE.target(from, d)).as("%s --%s-->", from, d)
                        .isEqualTo(Optional.ofNullable(expected.get(from).get(d)));
            }
        }
    }

    @Test
    void onlyMeasuresThatConcernLeadingOrFundingWorkRaiseAlerts() {
        assertThat(SanctionAlertRule.concernsPi(effect(UUID.randomUUID(), null, Activity.APPLY))).isTrue();
        assertThat(SanctionAlertRule.concernsPi(effect(UUID.randomUUID(), null, Activity.RECEIVE_FUNDS))).isTrue();
        assertThat(SanctionAlertRule.concernsPi(effect(UUID.randomUUID(), null, Activity.REVIEW))).isFalse();
        assertThat(SanctionAlertRule.concernsHost(effect(null, "91653100MA775P1X5Q", Activity.HOST))).isTrue();
        assertThat(SanctionAlertRule.concernsHost(effect(null, "91653100MA775P1X5Q", Activity.TEAM_MEMBER))).isFalse();
        assertThat(SanctionAlertRule.concernsHost(effect(UUID.randomUUID(), null, Activity.HOST))).isFalse();
    }

    private static IntegrityRecordTookEffect effect(UUID account, String uscc, Activity blocked) {
        return new IntegrityRecordTookEffect(UUID.randomUUID(), account, null, uscc, "S", Set.of(blocked),
                List.of(new IntegrityRecordTookEffect.AppliedMeasure(MeasureKind.BAN_APPLY, LocalDate.of(2026, 1, 1),
                        null)), "Region", "D-1", LocalDate.of(2026, 1, 1));
    }
}
