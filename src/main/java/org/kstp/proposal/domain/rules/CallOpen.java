package org.kstp.proposal.domain.rules;

import java.util.List;
import org.kstp.proposal.domain.Proposal;

/** CALL_OPEN: the call takes proposals now (published, inside its window or grace period). */
final class CallOpen implements ProposalRule {

    @Override
    public RuleCode code() {
        return RuleCode.CALL_OPEN;
    }

    @Override
    public List<Finding> check(Proposal p, RuleContext context) {
        return context.call().acceptingProposals() ? List.of() : List.of(finding("proposal.check.callClosed"));
    }
}
