package org.kstp.proposal.domain;

import java.util.ArrayList;
import java.util.List;
import org.kstp.program.BudgetRules;
import org.kstp.proposal.domain.ProposalChecklist.Finding;

/**
 * The budget rules as named checks, each with its own reason code: a budget exists, large equipment
 * items are justified, indirect costs stay within the tiered cap, and the sums match the request.
 */
final class BudgetPolicies {

    private BudgetPolicies() {
    }

    static List<Finding> check(Budget budget, java.math.BigDecimal requested, BudgetRules rules) {
        List<Finding> findings = new ArrayList<>();
        if (budget.lines().isEmpty()) {
            findings.add(new Finding("proposal.budget.missing"));
            return findings;
        }
        for (BudgetLine line : budget.lines()) {
            if (line.category() == CostCategory.EQUIPMENT
                    && line.amount().compareTo(rules.equipmentJustificationThreshold()) >= 0
                    && (line.justification() == null || line.justification().isBlank())) {
                findings.add(new Finding("proposal.budget.equipmentJustification", line.item(),
                        rules.equipmentJustificationThreshold().toPlainString()));
            }
        }
        java.math.BigDecimal cap = rules.indirectCap(budget.indirectBase());
        if (budget.indirect().compareTo(cap) > 0) {
            findings.add(new Finding("proposal.budget.indirectOverCap", budget.indirect().toPlainString(),
                    cap.toPlainString()));
        }
        if (requested != null && budget.requested().compareTo(requested) != 0) {
            findings.add(new Finding("proposal.budget.sumMismatch", budget.requested().toPlainString(),
                    requested.toPlainString()));
        }
        return findings;
    }
}
