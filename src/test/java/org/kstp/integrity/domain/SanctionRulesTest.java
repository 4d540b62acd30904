package org.kstp.integrity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kstp.integrity.domain.Fixtures.RULES;
import static org.kstp.integrity.domain.Fixtures.ban;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kstp.common.RuleViolation;
import org.kstp.integrity.Activity;
import org.kstp.integrity.MeasureKind;

/** Each tier's period bounds (2022 rules, as configured in sanction-rules.yml), at and just past each bound. */
class SanctionRulesTest {

    private static String refusal(Tier tier, Measure m) {
        try {
            RULES.validate(tier, List.of(m));
            return null;
        } catch (RuleViolation v) {
            return v.messageKey();
        }
    }

    @Test
    void minorAllowsNoBanButAWarning() {
        assertThat(refusal(Tier.MINOR, ban(MeasureKind.BAN_APPLY, "2024-03-01", "2025-02-28")))
                .isEqualTo("integrity.measure.noBansForTier");
        List<Measure> ok = RULES.validate(Tier.MINOR, List.of(ban(MeasureKind.WARNING, "2024-03-01", null)));
        assertThat(ok.getFirst().end()).as("a warning lasts its day").isEqualTo(Fixtures.d("2024-03-01"));
    }

    @Test
    void seriousBansOneToThreeYears() {
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2024-03-01", "2025-02-27")))
                .isEqualTo("integrity.measure.periodTooShort");
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2024-03-01", "2025-02-28"))).isNull();
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2024-03-01", "2027-03-01"))).isNull();
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2024-03-01", "2027-03-02")))
                .isEqualTo("integrity.measure.periodTooLong");
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2024-03-01", null)))
                .isEqualTo("integrity.measure.permanentNotAllowed");
    }

    @Test
    void graveBansThreeToFiveYears() {
        assertThat(refusal(Tier.GRAVE, ban(MeasureKind.BAN_HOST, "2024-03-01", "2027-02-27")))
                .isEqualTo("integrity.measure.periodTooShort");
        assertThat(refusal(Tier.GRAVE, ban(MeasureKind.BAN_HOST, "2024-03-01", "2027-02-28"))).isNull();
        assertThat(refusal(Tier.GRAVE, ban(MeasureKind.BAN_HOST, "2024-03-01", "2029-03-01"))).isNull();
        assertThat(refusal(Tier.GRAVE, ban(MeasureKind.BAN_HOST, "2024-03-01", "2029-03-02")))
                .isEqualTo("integrity.measure.periodTooLong");
        assertThat(refusal(Tier.GRAVE, ban(MeasureKind.BAN_HOST, "2024-03-01", null)))
                .isEqualTo("integrity.measure.permanentNotAllowed");
    }

    @Test
    void especiallyGraveBansFiveYearsUpToPermanent() {
        assertThat(refusal(Tier.ESPECIALLY_GRAVE, ban(MeasureKind.BAN_FUNDS, "2024-03-01", "2029-02-27")))
                .isEqualTo("integrity.measure.periodTooShort");
        assertThat(refusal(Tier.ESPECIALLY_GRAVE, ban(MeasureKind.BAN_FUNDS, "2024-03-01", "2029-02-28"))).isNull();
        assertThat(refusal(Tier.ESPECIALLY_GRAVE, ban(MeasureKind.BAN_FUNDS, "2024-03-01", "2044-03-01"))).isNull();
        assertThat(refusal(Tier.ESPECIALLY_GRAVE, ban(MeasureKind.BAN_FUNDS, "2024-03-01", null))).isNull();
    }

    @Test
    void theSeriousMisconductListIsOnlyForGraveTiers() {
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.SERIOUS_MISCONDUCT_LIST, "2024-03-01", "2026-02-28")))
                .isEqualTo("integrity.measure.tierNotAllowed");
        assertThat(refusal(Tier.GRAVE, ban(MeasureKind.SERIOUS_MISCONDUCT_LIST, "2024-03-01", "2028-02-28"))).isNull();
    }

    @Test
    void incompleteOrBackwardsMeasuresAreRefused() {
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2024-03-01", "2024-02-01")))
                .isEqualTo("integrity.measure.endBeforeStart");
        assertThatThrownBy(() -> RULES.validate(Tier.SERIOUS, List.of())).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("integrity.measure.none");
    }

    @Test
    void eachMeasureBlocksItsConfiguredActivities() {
        assertThat(RULES.blocks(MeasureKind.BAN_APPLY)).containsExactlyInAnyOrder(Activity.APPLY, Activity.TEAM_MEMBER);
        assertThat(RULES.blocks(MeasureKind.BAN_TEAM_MEMBER)).containsExactly(Activity.TEAM_MEMBER);
        assertThat(RULES.blocks(MeasureKind.BAN_HOST)).containsExactlyInAnyOrder(Activity.HOST, Activity.PARTNER);
        assertThat(RULES.blocks(MeasureKind.BAN_REVIEW)).containsExactly(Activity.REVIEW);
        assertThat(RULES.blocks(MeasureKind.BAN_FUNDS)).containsExactly(Activity.RECEIVE_FUNDS);
        assertThat(RULES.blocks(MeasureKind.SERIOUS_MISCONDUCT_LIST)).containsExactlyInAnyOrder(Activity.values());
        assertThat(RULES.blocks(MeasureKind.WARNING)).isEmpty();
    }

    /*
     * 较重 1–3 years, end dates inclusive: a year that starts on 29 February 2024 is over at the end of
     * February 2025 (there is no 29 February 2025), so its last day is 28 February 2025, not the 27th.
     */
    @Test
    void aBanStartingOn29FebruaryRunsToTheEndOfFebruary() {
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2024-02-29", "2025-02-27")))
                .isEqualTo("integrity.measure.periodTooShort");
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2024-02-29", "2025-02-28"))).isNull();
        assertThat(refusal(Tier.GRAVE, ban(MeasureKind.BAN_HOST, "2024-02-29", "2027-02-27")))
                .isEqualTo("integrity.measure.periodTooShort");
        assertThat(refusal(Tier.GRAVE, ban(MeasureKind.BAN_HOST, "2024-02-29", "2027-02-28"))).isNull();
        assertThat(refusal(Tier.ESPECIALLY_GRAVE, ban(MeasureKind.BAN_FUNDS, "2024-02-29", "2029-02-27")))
                .isEqualTo("integrity.measure.periodTooShort");
        assertThat(refusal(Tier.ESPECIALLY_GRAVE, ban(MeasureKind.BAN_FUNDS, "2024-02-29", "2029-02-28"))).isNull();
    }

    /* 较重 at most 3 years: from 29 February 2024 the last day is 28 February 2027, or the day after. */
    @Test
    void theLongestBanFrom29FebruaryEndsAtTheEndOfFebruaryOrTheDayAfter() {
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2024-02-29", "2027-03-01"))).isNull();
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2024-02-29", "2027-03-02")))
                .isEqualTo("integrity.measure.periodTooLong");
    }

    /* Into a leap year: a year from 1 March 2023 includes 29 February 2024; from 29 Feb 2024 four years on it exists again. */
    @Test
    void periodsEndingInALeapYearIncludeItsLeapDay() {
        assertThat(SanctionRules.lastDay(Fixtures.d("2023-03-01"), 1)).isEqualTo(Fixtures.d("2024-02-29"));
        assertThat(SanctionRules.lastDay(Fixtures.d("2024-02-29"), 4)).isEqualTo(Fixtures.d("2028-02-28"));
        assertThat(SanctionRules.lastDay(Fixtures.d("2024-02-29"), 1)).isEqualTo(Fixtures.d("2025-02-28"));
        assertThat(SanctionRules.lastDay(Fixtures.d("2024-06-15"), 3)).isEqualTo(Fixtures.d("2027-06-14"));
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2023-03-01", "2024-02-28")))
                .isEqualTo("integrity.measure.periodTooShort");
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2023-03-01", "2024-02-29"))).isNull();
    }

    /* Ordinary dates: 1 year from 15 June 2024 ends on 14 June 2025 inclusive. */
    @Test
    void anOrdinaryStartEndsTheDayBeforeItsAnniversary() {
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2024-06-15", "2025-06-13")))
                .isEqualTo("integrity.measure.periodTooShort");
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2024-06-15", "2025-06-14"))).isNull();
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2024-06-15", "2027-06-15"))).isNull();
        assertThat(refusal(Tier.SERIOUS, ban(MeasureKind.BAN_APPLY, "2024-06-15", "2027-06-16")))
                .isEqualTo("integrity.measure.periodTooLong");
    }
}
