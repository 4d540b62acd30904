package org.kstp.proposal.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.BusinessTime;
import org.kstp.program.BudgetRules;
import org.kstp.program.CallView;
import org.kstp.program.ConcurrencyRules;
import org.kstp.proposal.domain.Budget;
import org.kstp.proposal.domain.BudgetLine;
import org.kstp.proposal.domain.Calls;
import org.kstp.proposal.domain.CoFunding;
import org.kstp.proposal.domain.CostCategory;
import org.kstp.proposal.domain.EquipmentKind;

/**
 * The budget rules from their text (State Council General Office No. 32, 2021): indirect costs are
 * capped on direct costs minus equipment purchase (rental, upgrade and trial manufacture are not
 * subtracted), marginally: 30 % of the part up to 5 million, 25 % of 5-10 million, 20 % above.
 */
class BudgetCapsTest {

    /** A call with the regulation's tiers and a cap high enough to reach the upper tiers. */
    private static final CallView CALL = new CallView(UUID.randomUUID(), UUID.randomUUID(), "Programme", "T1", "Call",
            "", Instant.EPOCH, Instant.EPOCH.plusSeconds(86_400), new BigDecimal("100000000.00"), true, false, true,
            BudgetRules.parse("5000000:0.30;10000000:0.25;*:0.20", new BigDecimal("500000")),
            new ConcurrencyRules(1, 2, 3, false, false), Map.of(), List.of(), 0, List.of(), Set.of(), false);

    private static BudgetLine operations(String amount) {
        return new BudgetLine(CostCategory.OPERATIONS, "Tests", new BigDecimal(amount), null, null);
    }

    private static BudgetLine equipment(EquipmentKind kind, String amount) {
        return new BudgetLine(CostCategory.EQUIPMENT, "Spectrometer", new BigDecimal(amount), "Needed", kind);
    }

    /** The findings for a budget with this indirect amount, asking for exactly what the budget adds up to. */
    private static List<String> keys(String indirect, BudgetLine... lines) {
        Budget budget = new Budget(List.of(lines), new BigDecimal(indirect), List.of());
        var p = Calls.proposal(budget.requested().toPlainString(), budget);
        return new BudgetCaps().check(p, new RuleContext(CALL, LocalDate.of(2026, 6, 1), java.time.ZoneId.of(BusinessTime.DEFAULT_ZONE), null)).stream()
                .map(Finding::messageKey).toList();
    }

    @Test
    void equipmentRentalStaysInTheBase() {
        BudgetLine rental = equipment(EquipmentKind.RENTAL, "1000000.00");
        assertThat(keys("600000.00", rental, operations("1000000.00"))).as("30 %% of 2,000,000").isEmpty();
        assertThat(keys("600000.01", rental, operations("1000000.00"))).containsExactly("proposal.budget.indirectOverCap");
    }

    @Test
    void upgradeAndTrialManufactureStayInTheBaseToo() {
        assertThat(keys("600000.00", equipment(EquipmentKind.UPGRADE, "500000.00"),
                equipment(EquipmentKind.TRIAL_MANUFACTURE, "500000.00"), operations("1000000.00"))).isEmpty();
    }

    @Test
    void equipmentPurchaseLeavesTheBase() {
        BudgetLine purchase = equipment(EquipmentKind.PURCHASE, "1000000.00");
        assertThat(keys("300000.00", purchase, operations("1000000.00"))).as("30 %% of 1,000,000").isEmpty();
        assertThat(keys("300000.01", purchase, operations("1000000.00"))).containsExactly("proposal.budget.indirectOverCap");
    }

    @Test
    void thirtyPercentUpToFiveMillionExactly() {
        assertThat(keys("1500000.00", operations("5000000.00"))).isEmpty();
        assertThat(keys("1500000.01", operations("5000000.00"))).containsExactly("proposal.budget.indirectOverCap");
    }

    @Test
    void twentyFivePercentOnThePartFromFiveToTenMillion() {
        // one yuan over 5 million adds 0.25, not 0.30: the rate applies to the part, not the whole
        assertThat(keys("1500000.25", operations("5000001.00"))).isEmpty();
        assertThat(keys("1500000.26", operations("5000001.00"))).containsExactly("proposal.budget.indirectOverCap");
        assertThat(keys("2750000.00", operations("10000000.00"))).as("1.5M + 1.25M").isEmpty();
        assertThat(keys("2750000.01", operations("10000000.00"))).containsExactly("proposal.budget.indirectOverCap");
    }

    @Test
    void twentyPercentOnThePartAboveTenMillion() {
        assertThat(keys("2750000.20", operations("10000001.00"))).isEmpty();
        assertThat(keys("2750000.21", operations("10000001.00"))).containsExactly("proposal.budget.indirectOverCap");
    }

    @Test
    void anEquipmentLineWithoutAKindOfSpendingIsAskedFor() {
        assertThat(keys("0.00", equipment(null, "1000.00"))).containsExactly("proposal.budget.equipmentKindMissing");
    }

    @Test
    void aBalancedBudgetPasses() {
        Budget budget = new Budget(List.of(equipment(EquipmentKind.PURCHASE, "400000.00"), operations("500000.00"),
                new BudgetLine(CostCategory.LABOUR, "Students", new BigDecimal("100000.00"), null, null)),
                new BigDecimal("180000.00"), List.of(new CoFunding("Enterprise", new BigDecimal("200000"))));
        assertThat(keys("180000.00", budget.lines().toArray(BudgetLine[]::new))).isEmpty();
        assertThat(budget.indirectBase()).isEqualByComparingTo("600000.00");
        assertThat(budget.coFunded()).isEqualByComparingTo("200000");
    }

    @Test
    void theSumMustMatchTheRequestToTheFen() {
        Budget budget = new Budget(List.of(operations("100000.00")), new BigDecimal("0.01"), List.of());
        RuleContext context = new RuleContext(CALL, LocalDate.of(2026, 6, 1), java.time.ZoneId.of(BusinessTime.DEFAULT_ZONE), null);
        assertThat(new BudgetCaps().check(Calls.proposal("100000.00", budget), context)).extracting(Finding::messageKey)
                .containsExactly("proposal.budget.sumMismatch");
        assertThat(new BudgetCaps().check(Calls.proposal("100000.01", budget), context)).isEmpty();
    }

    @Test
    void noBudgetIsOneFinding() {
        var p = Calls.proposal("1.00", new Budget(List.of(), null, List.of()));
        assertThat(new BudgetCaps().check(p, new RuleContext(CALL, LocalDate.of(2026, 6, 1), java.time.ZoneId.of(BusinessTime.DEFAULT_ZONE), null)))
                .extracting(Finding::messageKey).containsExactly("proposal.budget.missing");
    }
}
