package org.kstp.integrity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kstp.integrity.domain.Fixtures.ban;
import static org.kstp.integrity.domain.Fixtures.d;
import static org.kstp.integrity.domain.Fixtures.decision;
import static org.kstp.integrity.domain.Fixtures.finding;
import static org.kstp.integrity.domain.Fixtures.followUp;
import static org.kstp.integrity.domain.Fixtures.person;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.RuleViolation;
import org.kstp.integrity.MeasureKind;

/** The current state is a pure function of the entries: expiry, appeals, revocation and early lifting. */
class RecordHistoryTest {

    private final Entry finding = finding(person(UUID.randomUUID()), Tier.SERIOUS,
            ban(MeasureKind.BAN_APPLY, "2024-03-01", "2026-02-28"));

    @Test
    void theEndDateIsInclusiveAndTheSanctionEndsByItself() {
        RecordHistory h = new RecordHistory(finding, List.of());
        assertThat(h.state(d("2024-02-29"))).isEqualTo(RecordState.PENDING);
        assertThat(h.state(d("2024-03-01"))).isEqualTo(RecordState.IN_FORCE);
        assertThat(h.state(d("2026-02-27"))).as("the day before the end").isEqualTo(RecordState.IN_FORCE);
        assertThat(h.state(d("2026-02-28"))).as("on the end date").isEqualTo(RecordState.IN_FORCE);
        assertThat(h.state(d("2026-03-01"))).as("the day after").isEqualTo(RecordState.EXPIRED);
    }

    @Test
    void anOverturningAppealVoidsTheRecordFromTheStart() {
        Entry appeal = followUp(finding, List.of(), FollowUp.appeal(AppealOutcome.OVERTURNED, decision("A-1"), null));
        CurrentRecord r = new RecordHistory(finding, List.of(appeal)).current();
        assertThat(r.effective()).isEmpty();
        assertThat(r.state(d("2025-01-01"))).isEqualTo(RecordState.OVERTURNED);
        assertThat(r.open()).isFalse();
    }

    @Test
    void anUpheldAppealChangesNothing() {
        Entry appeal = followUp(finding, List.of(), FollowUp.appeal(AppealOutcome.UPHELD, decision("A-2"), null));
        RecordHistory h = new RecordHistory(finding, List.of(appeal));
        assertThat(h.state(d("2025-01-01"))).isEqualTo(RecordState.IN_FORCE);
        assertThat(h.current().effective()).isEqualTo(finding.measures());
    }

    @Test
    void aVariedAppealReplacesTheMeasuresWithinTheTierBounds() {
        Measure shorter = ban(MeasureKind.BAN_APPLY, "2024-03-01", "2025-02-28");
        Entry appeal = followUp(finding, List.of(), new FollowUp(EntryKind.APPEAL, decision("A-3"), AppealOutcome.VARIED,
                null, List.of(shorter), null, null));
        RecordHistory h = new RecordHistory(finding, List.of(appeal));
        assertThat(h.state(d("2025-02-28"))).isEqualTo(RecordState.IN_FORCE);
        assertThat(h.state(d("2025-03-01"))).isEqualTo(RecordState.EXPIRED);
        assertThatThrownBy(() -> followUp(finding, List.of(), new FollowUp(EntryKind.APPEAL, decision("A-4"),
                AppealOutcome.VARIED, null, List.of(ban(MeasureKind.BAN_APPLY, "2024-03-01", "2024-06-01")), null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("integrity.measure.periodTooShort");
    }

    @Test
    void aRevocationVoidsTheRecordAndClosesIt() {
        Entry revocation = followUp(finding, List.of(), FollowUp.revocation(decision("R-1"), "wrong person"));
        assertThat(new RecordHistory(finding, List.of(revocation)).state(d("2025-01-01"))).isEqualTo(RecordState.REVOKED);
        assertThatThrownBy(() -> followUp(finding, List.of(revocation), FollowUp.revocation(decision("R-2"), null)))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("integrity.record.closed");
    }

    @Test
    void earlyLiftingEndsTheMeasuresTheDayBeforeItTakesEffect() {
        Entry lifting = followUp(finding, List.of(), FollowUp.earlyLifting(decision("L-1"), d("2025-06-01"), null));
        CurrentRecord r = new RecordHistory(finding, List.of(lifting)).current();
        assertThat(r.effective()).singleElement().extracting(Measure::end).isEqualTo(d("2025-05-31"));
        assertThat(r.state(d("2025-05-31"))).isEqualTo(RecordState.IN_FORCE);
        assertThat(r.state(d("2025-06-01"))).isEqualTo(RecordState.LIFTED);
        assertThat(r.state(d("2026-03-01"))).as("after the original end it has simply expired").isEqualTo(RecordState.EXPIRED);
    }

    @Test
    void liftingAfterTheEndIsRefusedAndACorrectionCannotReviveALiftedBan() {
        assertThatThrownBy(() -> followUp(finding, List.of(), FollowUp.earlyLifting(decision("L-2"), d("2026-03-01"), null)))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("integrity.lifting.nothingToLift");
        Entry lifting = followUp(finding, List.of(), FollowUp.earlyLifting(decision("L-3"), d("2025-06-01"), null));
        Entry correction = Fixtures.ENTRIES.correction(new RecordHistory(finding, List.of(lifting)).current(),
                new RecordContent(finding.party(), "Corrected facts", decision("C-1"), Tier.SERIOUS,
                        List.of(ban(MeasureKind.BAN_APPLY, "2024-03-01", "2027-02-28")), null), Fixtures.STAFF, Fixtures.NOW)
                .withSeq(1_000_000);
        RecordHistory h = new RecordHistory(finding, List.of(lifting, correction));
        assertThat(h.current().facts()).isEqualTo("Corrected facts");
        assertThat(h.state(d("2025-06-01"))).isEqualTo(RecordState.LIFTED);
    }

    @Test
    void aCorrectionReplacesSubjectAndMeasures() {
        UUID other = UUID.randomUUID();
        Entry correction = Fixtures.ENTRIES.correction(new RecordHistory(finding, List.of()).current(),
                new RecordContent(person(other), "Facts", decision("C-2"), Tier.GRAVE,
                        List.of(ban(MeasureKind.BAN_REVIEW, "2024-03-01", "2027-02-28")), null), Fixtures.STAFF, Fixtures.NOW)
                .withSeq(1_000_001);
        CurrentRecord r = new RecordHistory(finding, List.of(correction)).current();
        assertThat(r.party().accountId()).isEqualTo(other);
        assertThat(r.tier()).isEqualTo(Tier.GRAVE);
        assertThat(r.effective()).extracting(Measure::kind).containsExactly(MeasureKind.BAN_REVIEW);
    }
}
