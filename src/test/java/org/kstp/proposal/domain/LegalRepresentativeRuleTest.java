package org.kstp.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.common.CitizenIdHash;
import org.kstp.directory.OrganisationSummary;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityApi;
import org.kstp.integrity.IntegrityVerdict;
import org.kstp.integrity.MeasureKind;
import org.kstp.integrity.Subject;
import org.kstp.integrity.domain.Decision;
import org.kstp.integrity.domain.EntryRules;
import org.kstp.integrity.domain.IntegrityIndex;
import org.kstp.integrity.domain.Measure;
import org.kstp.integrity.domain.Party;
import org.kstp.integrity.domain.RecordContent;
import org.kstp.integrity.domain.RecordHistory;
import org.kstp.integrity.domain.SanctionRules;
import org.kstp.integrity.domain.SubjectType;
import org.kstp.integrity.domain.Tier;
import org.kstp.program.CallView;

/** The host's legal representative is checked only where the call asks, and only while a bar is in force. */
class LegalRepresentativeRuleTest {

    private static final CitizenIdHash CITIZEN_IDS = org.kstp.support.TestKeys.citizenIds();

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final String REP_ID = "11010519491231002X";

    private final IntegrityIndex index = new IntegrityIndex(SanctionRules.defaults());
    private final IntegrityApi integrity = new IntegrityApi() {
        @Override
        public IntegrityVerdict check(Subject subject, Activity activity, LocalDate date) {
            return index.check(List.of(subject), activity, date);
        }

        @Override
        public IntegrityVerdict check(List<Subject> subjects, Activity activity, LocalDate date) {
            return index.check(subjects, activity, date);
        }
    };
    private final OrganisationSummary host = new OrganisationSummary(UUID.randomUUID(), "12653100458000812X",
            "Institute", "653101", false, "Representative", CITIZEN_IDS.of(REP_ID));

    private void sanction(MeasureKind kind, LocalDate start, LocalDate end) {
        Party rep = new Party(SubjectType.RESEARCHER, null, "Representative", CITIZEN_IDS.of(REP_ID), null, null);
        index.put(new RecordHistory(new EntryRules(SanctionRules.defaults()).finding(new RecordContent(rep,
                "Fabricated data", new Decision("Region", "KJ-REP-1", start.minusDays(10)), Tier.SERIOUS,
                List.of(new Measure(kind, null, start, end)), null), Actor.system(), Instant.EPOCH), List.of())
                .current());
    }

    private static CallView call(boolean checks) {
        return Calls.open(List.of(), Set.of(), checks);
    }

    @Test
    void aCallWithoutTheFlagIgnoresASanctionedRepresentative() {
        sanction(MeasureKind.BAN_APPLY, TODAY.minusMonths(1), TODAY.plusYears(1));
        assertThat(LegalRepresentativeRule.reasons(call(false), host, integrity, TODAY)).isEmpty();
    }

    @Test
    void aCallWithTheFlagIsBlockedByABarOnApplyingOrHosting() {
        sanction(MeasureKind.BAN_APPLY, TODAY.minusMonths(1), TODAY.plusYears(1));
        assertThat(LegalRepresentativeRule.reasons(call(true), host, integrity, TODAY)).singleElement()
                .satisfies(r -> {
                    assertThat(r.documentNumber()).isEqualTo("KJ-REP-1");
                    assertThat(r.subject().label()).isEqualTo("Representative");
                });
    }

    @Test
    void aBarOnHostingCountsToo() {
        sanction(MeasureKind.BAN_HOST, TODAY.minusMonths(1), TODAY.plusYears(1));
        assertThat(LegalRepresentativeRule.reasons(call(true), host, integrity, TODAY)).hasSize(1);
    }

    @Test
    void anExpiredSanctionBlocksNothing() {
        sanction(MeasureKind.BAN_APPLY, TODAY.minusYears(2), TODAY.minusDays(1));
        assertThat(LegalRepresentativeRule.reasons(call(true), host, integrity, TODAY)).isEmpty();
    }

    @Test
    void aHostWithoutRecordedRepresentativeIsNotChecked() {
        sanction(MeasureKind.BAN_APPLY, TODAY.minusMonths(1), TODAY.plusYears(1));
        OrganisationSummary none = new OrganisationSummary(host.id(), host.uscc(), host.name(), "653101", false,
                null, null);
        assertThat(LegalRepresentativeRule.reasons(call(true), none, integrity, TODAY)).isEmpty();
    }
}
