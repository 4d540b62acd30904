package org.kstp.proposal.domain.rules;

import java.util.ArrayList;
import java.util.List;
import org.kstp.program.CallView;
import org.kstp.program.RequiredSection;
import org.kstp.proposal.domain.Proposal;

/**
 * COMPLETENESS: the fields every proposal needs, the sections this call requires, and the plan task
 * the call serves. What is still missing shows on the proposal page all the time, not only on submit.
 */
final class Completeness implements ProposalRule {

    @Override
    public RuleCode code() {
        return RuleCode.COMPLETENESS;
    }

    @Override
    public List<Finding> check(Proposal p, RuleContext context) {
        CallView call = context.call();
        List<Finding> findings = new ArrayList<>();
        require(findings, p.title(), "proposal.check.titleMissing");
        require(findings, p.summary(), "proposal.check.summary");
        require(findings, p.keywords(), "proposal.check.keywords");
        require(findings, p.planTaskCode(), "proposal.check.planTask");
        require(findings, p.industryCode(), "proposal.check.industry");
        require(findings, p.countyCode(), "proposal.check.county");
        if (p.planTaskCode() != null && call.planTaskCode() != null && !call.planTaskCode().equals(p.planTaskCode())) {
            findings.add(finding("proposal.check.taskMismatch", call.planTaskCode()));
        }
        if (p.team().isEmpty()) {
            findings.add(finding("proposal.check.team"));
        }
        if (p.disciplineCode() == null && call.requires(RequiredSection.DISCIPLINE)) {
            findings.add(finding("proposal.check.discipline"));
        }
        if (p.indicators().isEmpty() && call.requires(RequiredSection.INDICATORS)) {
            findings.add(finding("proposal.check.indicators"));
        }
        p.indicators().stream().filter(i -> i.targetValue() == null || i.targetValue().isBlank())
                .forEach(i -> findings.add(finding("proposal.check.indicatorTarget", i.name())));
        return findings;
    }

    private void require(List<Finding> findings, String value, String key) {
        if (value == null || value.isBlank()) {
            findings.add(finding(key));
        }
    }
}
