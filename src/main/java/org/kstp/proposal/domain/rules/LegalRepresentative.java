package org.kstp.proposal.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityApi;
import org.kstp.integrity.IntegrityVerdict;
import org.kstp.integrity.Subject;
import org.kstp.program.CallView;
import org.kstp.proposal.domain.Proposal;
import org.springframework.stereotype.Component;

/**
 * LEGAL_REPRESENTATIVE (Xinjiang 2026 application guide), where the call checks it (new calls do by
 * default): a legal representative of the host whom the integrity register bars on the day from
 * applying or from hosting projects blocks the proposal. The representative is matched by the
 * citizen-ID hash the directory keeps (the register's own hash).
 */
@Component
class LegalRepresentative implements ProposalRule {

    private final IntegrityApi integrity;
    private final DirectoryApi directory;
    private final IntegrityWording wording;

    LegalRepresentative(IntegrityApi integrity, DirectoryApi directory, IntegrityWording wording) {
        this.integrity = integrity;
        this.directory = directory;
        this.wording = wording;
    }

    @Override
    public RuleCode code() {
        return RuleCode.LEGAL_REPRESENTATIVE;
    }

    @Override
    public List<Finding> check(Proposal p, RuleContext context) {
        return directory.organisation(p.hostOrganisationId()).stream()
                .flatMap(host -> reasons(context.call(), host, context.today()).stream()
                        .map(r -> wording.worded(code(), "proposal.check.integrity.legalRep", host.legalRepName(), r,
                                context.viewer())))
                .toList();
    }

    /**
     * A host with no representative on record cannot be checked: the applicant and the host are told,
     * so the host's administrator records one, but nothing blocks (the record is the host's to keep).
     */
    @Override
    public List<Finding> warnings(Proposal p, RuleContext context) {
        if (!context.call().checkHostLegalRepresentative()) {
            return List.of();
        }
        return directory.organisation(p.hostOrganisationId()).filter(host -> host.legalRepIdHash() == null)
                .map(host -> List.of(finding("proposal.check.integrity.legalRep.unrecorded", host.name())))
                .orElse(List.of());
    }

    /** The blocking measures in force on the day, each record once even when it bars both activities. */
    List<IntegrityVerdict.Reason> reasons(CallView call, OrganisationSummary host, LocalDate day) {
        if (!call.checkHostLegalRepresentative() || host.legalRepIdHash() == null) {
            return List.of();
        }
        Subject rep = Subject.person(null, host.legalRepIdHash(), host.legalRepName());
        List<IntegrityVerdict.Reason> reasons = new ArrayList<>(integrity.check(rep, Activity.APPLY, day).reasons());
        for (IntegrityVerdict.Reason r : integrity.check(rep, Activity.HOST, day).reasons()) {
            if (reasons.stream().noneMatch(seen -> seen.recordId().equals(r.recordId()))) {
                reasons.add(r);
            }
        }
        return reasons;
    }
}
