package org.kstp.proposal.domain.rules;

import java.util.List;
import org.kstp.proposal.domain.Proposal;

/**
 * One named rule of a proposal. {@link #check} returns what blocks submission; {@link #warnings}
 * what the applicant should know but may submit with.
 */
public interface ProposalRule {

    RuleCode code();

    /** The findings that block submission; empty when the proposal passes. */
    List<Finding> check(Proposal proposal, RuleContext context);

    /** Findings that do not block; most rules have none. */
    default List<Finding> warnings(Proposal proposal, RuleContext context) {
        return List.of();
    }

    default Finding finding(String messageKey, Object... arguments) {
        return new Finding(code(), messageKey, arguments);
    }
}
