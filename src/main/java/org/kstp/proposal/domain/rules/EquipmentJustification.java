package org.kstp.proposal.domain.rules;

import java.math.BigDecimal;
import java.util.List;
import org.kstp.proposal.domain.BudgetLine;
import org.kstp.proposal.domain.CostCategory;
import org.kstp.proposal.domain.Proposal;

/**
 * EQUIPMENT_JUSTIFICATION (State Council General Office No. 32, 2021): only equipment items from the
 * call's threshold up (500,000 yuan by default) need a justification, so smaller ones are never asked.
 */
final class EquipmentJustification implements ProposalRule {

    @Override
    public RuleCode code() {
        return RuleCode.EQUIPMENT_JUSTIFICATION;
    }

    @Override
    public List<Finding> check(Proposal p, RuleContext context) {
        BigDecimal threshold = context.call().budgetRules().equipmentJustificationThreshold();
        return p.budget().lines().stream().filter(line -> needsJustification(line, threshold))
                .map(line -> finding("proposal.budget.equipmentJustification", line.item(), threshold.toPlainString()))
                .toList();
    }

    private static boolean needsJustification(BudgetLine line, BigDecimal threshold) {
        return line.category() == CostCategory.EQUIPMENT && line.amount().compareTo(threshold) >= 0
                && (line.justification() == null || line.justification().isBlank());
    }
}
