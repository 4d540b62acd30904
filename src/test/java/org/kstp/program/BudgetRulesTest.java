package org.kstp.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indirect-cost caps of document No. 32 (2021), at and around each tier boundary, to the fen. */
class BudgetRulesTest {

    private final BudgetRules rules = BudgetRules.parse("5000000:0.30;10000000:0.25;*:0.20", new BigDecimal("500000"));

    @ParameterizedTest(name = "base {0} -> cap {1}")
    @CsvSource({
            "0, 0.00",
            "1000000, 300000.00",
            "4999999.99, 1499999.99",
            "5000000, 1500000.00",
            "5000000.01, 1500000.00",
            "6000000, 1750000.00",
            "10000000, 2750000.00",
            "10000000.10, 2750000.02",
            "12000000, 3150000.00"})
    void capsEachPartOfTheBaseAtItsTierRate(String base, String cap) {
        assertThat(rules.indirectCap(new BigDecimal(base))).isEqualByComparingTo(cap);
    }

    @Test
    void aCallMayUseItsOwnTiers() {
        BudgetRules flat = BudgetRules.parse("*:0.20", BigDecimal.ZERO);
        assertThat(flat.indirectCap(new BigDecimal("8000000"))).isEqualByComparingTo("1600000.00");
    }

    @Test
    void malformedTierTablesAreRecognised() {
        assertThat(BudgetRules.isValid("5000000:0.30;10000000:0.25;*:0.20")).isTrue();
        assertThat(BudgetRules.isValid("5000000:0.30;10000000:0.25")).isFalse();
        assertThat(BudgetRules.isValid("10000000:0.25;5000000:0.30;*:0.2")).isFalse();
        assertThat(BudgetRules.isValid("*:1.5")).isFalse();
        assertThat(BudgetRules.isValid("abc")).isFalse();
        assertThat(BudgetRules.isValid("*:0.30;*:0.20")).isFalse();
    }
}
