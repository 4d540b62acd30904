package org.kstp.proposal.domain.rules;

import java.util.List;
import org.kstp.program.ConcurrencyRules;
import org.kstp.proposal.ProjectRecords;
import org.kstp.proposal.ProjectRecords.ProjectRef;
import org.kstp.proposal.domain.Proposal;
import org.springframework.stereotype.Component;

/**
 * INSTITUTION_OVERDUE (Xinjiang 2023): a host with more overdue projects than the call tolerates (3 by
 * default; 0 means none) may not apply. What "overdue" means (the possibly extended end date passed,
 * no acceptance applied for) is the project module's answer, read through one method.
 */
@Component
class InstitutionOverdue implements ProposalRule {

    private final ProjectRecords projects;

    InstitutionOverdue(ProjectRecords projects) {
        this.projects = projects;
    }

    @Override
    public RuleCode code() {
        return RuleCode.INSTITUTION_OVERDUE;
    }

    @Override
    public List<Finding> check(Proposal p, RuleContext context) {
        ConcurrencyRules rules = context.call().concurrencyRules();
        if (rules.exempt()) {
            return List.of();
        }
        List<ProjectRef> overdue = projects.overdueProjectsOf(p.hostOrganisationId(), context.today());
        if (overdue.size() > rules.institutionOverdueLimit()) {
            return List.of(finding("proposal.limit.institutionOverdue", overdue.size(),
                    rules.institutionOverdueLimit(), Listing.projects(overdue)));
        }
        return List.of();
    }
}
