package org.kstp.integrity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kstp.integrity.domain.Fixtures.ban;
import static org.kstp.integrity.domain.Fixtures.d;
import static org.kstp.integrity.domain.Fixtures.decision;
import static org.kstp.integrity.domain.Fixtures.finding;
import static org.kstp.integrity.domain.Fixtures.followUp;
import static org.kstp.integrity.domain.Fixtures.person;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityVerdict;
import org.kstp.integrity.MeasureKind;
import org.kstp.integrity.Subject;

/** Checks through the index: each measure blocks its activities only within its period, with reasons. */
class IntegrityIndexTest {

    private final IntegrityIndex index = new IntegrityIndex(Fixtures.RULES);
    private final UUID account = UUID.randomUUID();
    private final Entry finding = finding(person(account), Tier.SERIOUS,
            ban(MeasureKind.BAN_APPLY, "2024-03-01", "2026-02-28"), ban(MeasureKind.BAN_REVIEW, "2024-03-01", "2025-02-28"));

    private IntegrityVerdict check(Activity activity, String date) {
        return index.check(List.of(Subject.person(account, "R")), activity, d(date));
    }

    @Test
    void blocksOnlyTheActivitiesOfItsMeasuresWithinTheirPeriods() {
        index.put(new RecordHistory(finding, List.of()).current());
        IntegrityVerdict v = check(Activity.APPLY, "2026-02-28");
        assertThat(v.allowed()).isFalse();
        assertThat(v.reasons()).singleElement().satisfies(r -> {
            assertThat(r.recordId()).isEqualTo(finding.id());
            assertThat(r.measure()).isEqualTo(MeasureKind.BAN_APPLY);
            assertThat(r.start()).isEqualTo(d("2024-03-01"));
            assertThat(r.end()).isEqualTo(d("2026-02-28"));
            assertThat(r.documentNumber()).isEqualTo("No. 1");
        });
        assertThat(check(Activity.APPLY, "2026-02-27").allowed()).isFalse();
        assertThat(check(Activity.APPLY, "2026-03-01").allowed()).isTrue();
        assertThat(check(Activity.TEAM_MEMBER, "2025-01-01").allowed()).isFalse();
        assertThat(check(Activity.REVIEW, "2025-02-28").allowed()).isFalse();
        assertThat(check(Activity.REVIEW, "2025-03-01").allowed()).isTrue();
        assertThat(check(Activity.HOST, "2025-01-01").allowed()).isTrue();
        assertThat(check(Activity.APPLY, "2024-02-29").allowed()).isTrue();
    }

    @Test
    void aRefreshedRecordReplacesItsOldSanctions() {
        index.put(new RecordHistory(finding, List.of()).current());
        Entry overturned = followUp(finding, List.of(), FollowUp.appeal(AppealOutcome.OVERTURNED, decision("A"), null));
        index.put(new RecordHistory(finding, List.of(overturned)).current());
        assertThat(check(Activity.APPLY, "2025-01-01").allowed()).isTrue();
        assertThat(index.size()).isZero();
    }

    @Test
    void aPersonKnownByAccountAndIdHashIsReportedOnce() {
        Party both = new Party(SubjectType.RESEARCHER, account, "R", "ab".repeat(32), null, null);
        index.put(new RecordHistory(finding(both, Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2024-03-01", "2025-02-28")),
                List.of()).current());
        IntegrityVerdict v = index.check(List.of(Subject.person(account, "ab".repeat(32), "R")), Activity.APPLY,
                d("2024-06-01"));
        assertThat(v.reasons()).hasSize(1);
        assertThat(index.check(List.of(Subject.person(null, "ab".repeat(32), "R")), Activity.APPLY, d("2024-06-01"))
                .reasons()).hasSize(1);
    }

    @Test
    void organisationsAreMatchedByUscc() {
        Entry org = finding(Fixtures.organisation(), Tier.GRAVE, ban(MeasureKind.BAN_HOST, "2024-03-01", "2027-02-28"));
        index.put(new RecordHistory(org, List.of()).current());
        List<Subject> proposal = List.of(Subject.person(UUID.randomUUID(), "PI"), Subject.organisation(Fixtures.USCC, "I"));
        assertThat(index.check(proposal, Activity.HOST, d("2025-01-01")).reasons())
                .extracting(r -> r.subject().uscc()).containsExactly(Fixtures.USCC);
        assertThat(index.check(proposal, Activity.APPLY, d("2025-01-01")).allowed()).isTrue();
    }
}
