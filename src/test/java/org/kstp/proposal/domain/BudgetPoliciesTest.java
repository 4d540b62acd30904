package org.kstp.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kstp.program.BudgetRules;
import org.kstp.proposal.domain.ProposalChecklist.Finding;

/** Each budget rule says no with its own reason code, and only when it should. */
class BudgetPoliciesTest {

    private final BudgetRules rules = BudgetRules.parse("5000000:0.30;10000000:0.25;*:0.20", new BigDecimal("500000"));

    private static BudgetLine line(CostCategory category, String amount, String justification) {
        return new BudgetLine(category, "item", new BigDecimal(amount), justification);
    }

    private List<String> codes(Budget budget, String requested) {
        return BudgetPolicies.check(budget, new BigDecimal(requested), rules).stream().map(Finding::messageKey).toList();
    }

    @Test
    void aBalancedBudgetPasses() {
        Budget budget = new Budget(List.of(line(CostCategory.EQUIPMENT, "400000.00", null),
                line(CostCategory.OPERATIONS, "500000.00", null), line(CostCategory.LABOUR, "100000.00", null)),
                new BigDecimal("180000.00"), List.of(new CoFunding("Enterprise", new BigDecimal("200000"))));
        assertThat(codes(budget, "1180000.00")).isEmpty();
        assertThat(budget.indirectBase()).isEqualByComparingTo("600000.00");
        assertThat(budget.coFunded()).isEqualByComparingTo("200000");
    }

    @Test
    void indirectCostsAreCappedOnDirectCostsMinusEquipment() {
        Budget atCap = new Budget(List.of(line(CostCategory.EQUIPMENT, "400000.00", null),
                line(CostCategory.OPERATIONS, "600000.00", null)), new BigDecimal("180000.00"), List.of());
        assertThat(codes(atCap, "1180000.00")).isEmpty();
        Budget overCap = new Budget(atCap.lines(), new BigDecimal("180000.01"), List.of());
        assertThat(codes(overCap, "1180000.01")).containsExactly("proposal.budget.indirectOverCap");
    }

    @Test
    void equipmentFromTheThresholdNeedsAJustification() {
        Budget below = new Budget(List.of(line(CostCategory.EQUIPMENT, "499999.99", null)), BigDecimal.ZERO, List.of());
        assertThat(codes(below, "499999.99")).isEmpty();
        Budget at = new Budget(List.of(line(CostCategory.EQUIPMENT, "500000.00", " ")), BigDecimal.ZERO, List.of());
        assertThat(codes(at, "500000.00")).containsExactly("proposal.budget.equipmentJustification");
        Budget justified = new Budget(List.of(line(CostCategory.EQUIPMENT, "500000.00", "Only supplier")),
                BigDecimal.ZERO, List.of());
        assertThat(codes(justified, "500000.00")).isEmpty();
    }

    @Test
    void theSumMustMatchTheRequestToTheFen() {
        Budget budget = new Budget(List.of(line(CostCategory.OPERATIONS, "100000.00", null)),
                new BigDecimal("0.01"), List.of());
        assertThat(codes(budget, "100000.00")).containsExactly("proposal.budget.sumMismatch");
        assertThat(codes(budget, "100000.01")).isEmpty();
    }

    @Test
    void noBudgetIsOneFinding() {
        assertThat(codes(new Budget(List.of(), null, List.of()), "1.00")).containsExactly("proposal.budget.missing");
    }
}
