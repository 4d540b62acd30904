package org.kstp.proposal.domain;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One direct-cost line of a proposal's budget.
 *
 * @param equipmentKind for an equipment line, how it is spent (it decides whether the line leaves the
 *     indirect-cost base); null for other categories, and for an equipment line not yet classified
 */
@Table("proposal_budget_line")
public record BudgetLine(CostCategory category, String item, BigDecimal amount, String justification,
                         EquipmentKind equipmentKind) {

    /** Equipment bought outright: the part of the direct costs the indirect-cost cap does not apply to. */
    public boolean isEquipmentPurchase() {
        return category == CostCategory.EQUIPMENT && equipmentKind == EquipmentKind.PURCHASE;
    }
}
