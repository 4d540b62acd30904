package org.kstp.proposal.domain.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kstp.program.CallView;
import org.kstp.proposal.domain.Budget;
import org.kstp.proposal.domain.BudgetLine;
import org.kstp.proposal.domain.CostCategory;
import org.kstp.proposal.domain.Proposal;

/**
 * BUDGET_CAPS (State Council General Office No. 32, 2021): an amount is asked, within the call's cap;
 * a budget exists; indirect costs stay within the call's tiered cap on direct costs minus equipment
 * purchase (so each equipment line must say how it is spent); and the budget adds up to the request
 * to the fen.
 */
final class BudgetCaps implements ProposalRule {

    @Override
    public RuleCode code() {
        return RuleCode.BUDGET_CAPS;
    }

    @Override
    public List<Finding> check(Proposal p, RuleContext context) {
        CallView call = context.call();
        List<Finding> findings = new ArrayList<>();
        BigDecimal requested = p.requestedAmount();
        if (requested == null || requested.signum() <= 0) {
            findings.add(finding("proposal.check.amount"));
        } else if (requested.compareTo(call.budgetCap()) > 0) {
            findings.add(finding("proposal.check.amountOverCap", call.budgetCap().toPlainString()));
        }
        Budget budget = p.budget();
        if (budget.lines().isEmpty()) {
            findings.add(finding("proposal.budget.missing"));
            return findings;
        }
        List<BudgetLine> unclassified = budget.lines().stream()
                .filter(l -> l.category() == CostCategory.EQUIPMENT && l.equipmentKind() == null).toList();
        unclassified.forEach(l -> findings.add(finding("proposal.budget.equipmentKindMissing", l.item())));
        BigDecimal cap = call.budgetRules().indirectCap(budget.indirectBase());
        if (unclassified.isEmpty() && budget.indirect().compareTo(cap) > 0) {
            findings.add(finding("proposal.budget.indirectOverCap", budget.indirect().toPlainString(),
                    cap.toPlainString()));
        }
        if (requested != null && budget.requested().compareTo(requested) != 0) {
            findings.add(finding("proposal.budget.sumMismatch", budget.requested().toPlainString(),
                    requested.toPlainString()));
        }
        return findings;
    }
}
