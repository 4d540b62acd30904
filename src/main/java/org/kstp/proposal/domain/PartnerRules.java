package org.kstp.proposal.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kstp.program.CallView;
import org.kstp.program.RequiredSection;
import org.kstp.proposal.domain.ProposalChecklist.Finding;

/**
 * Partner institutions: present when the call requires them, never the host itself (the host is
 * already responsible for the whole project), each listed once, each with its role.
 */
final class PartnerRules {

    private PartnerRules() {
    }

    static List<Finding> check(Proposal p, CallView call) {
        List<Finding> findings = new ArrayList<>();
        if (p.partners().isEmpty() && call.requires(RequiredSection.PARTNERS)) {
            findings.add(new Finding("proposal.check.partners"));
        }
        Set<java.util.UUID> seen = new HashSet<>();
        for (Partner partner : p.partners()) {
            if (partner.organisationId().equals(p.hostOrganisationId())) {
                findings.add(new Finding("proposal.check.partnerIsHost", partner.name()));
            } else if (!seen.add(partner.organisationId())) {
                findings.add(new Finding("proposal.check.partnerTwice", partner.name()));
            }
            if (partner.role() == null) {
                findings.add(new Finding("proposal.check.partnerRole", partner.name()));
            }
        }
        return findings;
    }
}
