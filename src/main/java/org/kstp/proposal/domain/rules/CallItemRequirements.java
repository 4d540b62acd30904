package org.kstp.proposal.domain.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.kstp.program.CallItemView;
import org.kstp.program.CallView;
import org.kstp.proposal.domain.Proposal;

/**
 * CALL_ITEM: a proposal to a call with items answers exactly one of them, and asks no more than that
 * item's cap (the call's own cap is checked by {@link BudgetCaps}, so both limits always apply).
 */
final class CallItemRequirements implements ProposalRule {

    @Override
    public RuleCode code() {
        return RuleCode.CALL_ITEM;
    }

    @Override
    public List<Finding> check(Proposal p, RuleContext context) {
        CallView call = context.call();
        if (call.items().isEmpty()) {
            return List.of();
        }
        if (p.callItemId() == null) {
            return List.of(finding("proposal.check.callItem"));
        }
        Optional<CallItemView> item = call.item(p.callItemId());
        if (item.isEmpty()) {
            return List.of(finding("proposal.check.callItemUnknown"));
        }
        BigDecimal cap = item.get().budgetCap();
        BigDecimal amount = p.requestedAmount();
        if (cap != null && amount != null && amount.compareTo(cap) > 0) {
            return List.of(finding("proposal.check.amountOverItemCap", item.get().number(), cap.toPlainString()));
        }
        return List.of();
    }
}
