package org.kstp.proposal.domain.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kstp.program.RequiredSection;
import org.kstp.proposal.domain.Partner;
import org.kstp.proposal.domain.Proposal;

/**
 * PARTNERS: present when the call requires them, never the host itself (the host is already
 * responsible for the whole project), each listed once, each with its role.
 */
final class Partners implements ProposalRule {

    @Override
    public RuleCode code() {
        return RuleCode.PARTNERS;
    }

    @Override
    public List<Finding> check(Proposal p, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        if (p.partners().isEmpty() && context.call().requires(RequiredSection.PARTNERS)) {
            findings.add(finding("proposal.check.partners"));
        }
        Set<UUID> seen = new HashSet<>();
        for (Partner partner : p.partners()) {
            if (partner.organisationId().equals(p.hostOrganisationId())) {
                findings.add(finding("proposal.check.partnerIsHost", partner.name()));
            } else if (!seen.add(partner.organisationId())) {
                findings.add(finding("proposal.check.partnerTwice", partner.name()));
            }
            if (partner.role() == null) {
                findings.add(finding("proposal.check.partnerRole", partner.name()));
            }
        }
        return findings;
    }
}
