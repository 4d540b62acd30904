package org.kstp.proposal.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kstp.common.BusinessTime;
import org.kstp.proposal.domain.Budget;
import org.kstp.proposal.domain.BudgetLine;
import org.kstp.proposal.domain.Calls;
import org.kstp.proposal.domain.CostCategory;
import org.kstp.proposal.domain.EquipmentKind;

/** Only equipment items of at least 500,000 yuan (the call's threshold) need a detailed justification. */
class EquipmentJustificationTest {

    private static List<String> keys(CostCategory category, String amount, String justification) {
        EquipmentKind kind = category == CostCategory.EQUIPMENT ? EquipmentKind.PURCHASE : null;
        Budget budget = new Budget(List.of(new BudgetLine(category, "Item", new BigDecimal(amount), justification,
                kind)), BigDecimal.ZERO, List.of());
        return new EquipmentJustification().check(Calls.proposal(amount, budget),
                        new RuleContext(Calls.open(List.of(), Set.of()), LocalDate.of(2026, 6, 1), java.time.ZoneId.of(BusinessTime.DEFAULT_ZONE), null))
                .stream().map(Finding::messageKey).toList();
    }

    @Test
    void fromTheThresholdUpAJustificationIsNeeded() {
        assertThat(keys(CostCategory.EQUIPMENT, "499999.99", null)).isEmpty();
        assertThat(keys(CostCategory.EQUIPMENT, "500000.00", " ")).containsExactly("proposal.budget.equipmentJustification");
        assertThat(keys(CostCategory.EQUIPMENT, "500000.00", "Only supplier")).isEmpty();
    }

    @Test
    void otherCategoriesNeverNeedOne() {
        assertThat(keys(CostCategory.OPERATIONS, "900000.00", null)).isEmpty();
    }
}
