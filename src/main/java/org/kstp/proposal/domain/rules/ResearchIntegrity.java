package org.kstp.proposal.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kstp.common.Actor;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.PersonIdType;
import org.kstp.directory.PersonRecords;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityApi;
import org.kstp.integrity.IntegrityVerdict;
import org.kstp.integrity.Subject;
import org.kstp.proposal.domain.Partner;
import org.kstp.proposal.domain.Proposal;
import org.kstp.proposal.domain.TeamMember;
import org.springframework.stereotype.Component;

/**
 * INTEGRITY: the PI may not apply, a team member (known by account or by the citizen ID of their
 * person record) may not join, the host and each partner institution may not take on the project
 * while under an applicable sanction. Partners are checked for the PARTNER activity: undertaking part
 * of a funded project is what a sanction against hosting forbids. Checked on the draft's checklist
 * and again at intake and formal check, because records may arrive after submission.
 */
@Component
class ResearchIntegrity implements ProposalRule {

    private final IntegrityApi integrity;
    private final DirectoryApi directory;
    private final PersonRecords people;
    private final IntegrityWording wording;

    ResearchIntegrity(IntegrityApi integrity, DirectoryApi directory, PersonRecords people, IntegrityWording wording) {
        this.integrity = integrity;
        this.directory = directory;
        this.people = people;
        this.wording = wording;
    }

    @Override
    public RuleCode code() {
        return RuleCode.INTEGRITY;
    }

    @Override
    public List<Finding> check(Proposal p, RuleContext context) {
        LocalDate today = context.today();
        Actor viewer = context.viewer();
        List<Finding> findings = new ArrayList<>();
        integrity.check(Subject.person(p.piAccountId(), p.piName()), Activity.APPLY, today).reasons()
                .forEach(r -> findings.add(worded("proposal.check.integrity.pi", p.piName(), r, viewer)));
        members(p, today, viewer, findings);
        directory.organisation(p.hostOrganisationId()).map(o -> Subject.organisation(o.uscc(), o.name()))
                .ifPresent(host -> integrity.check(host, Activity.HOST, today).reasons().forEach(r ->
                        findings.add(worded("proposal.check.integrity.host", host.label(), r, viewer))));
        for (Partner partner : p.partners()) {
            Subject org = Subject.organisation(partner.uscc(), partner.name());
            integrity.check(org, Activity.PARTNER, today).reasons()
                    .forEach(r -> findings.add(worded("proposal.check.integrity.partner", partner.name(), r, viewer)));
        }
        return findings;
    }

    /** A member whose records the viewer may not see is named once, however many records bar them. */
    private void members(Proposal p, LocalDate today, Actor viewer, List<Finding> findings) {
        List<Subject> members = p.team().stream().map(this::subject).filter(Objects::nonNull).toList();
        List<String> named = new ArrayList<>();
        for (IntegrityVerdict.Reason r : integrity.check(members, Activity.TEAM_MEMBER, today).reasons()) {
            if (wording.maySee(r, viewer)) {
                findings.add(worded("proposal.check.integrity.member", r.subject().label(), r, viewer));
            } else if (!named.contains(r.subject().label())) {
                named.add(r.subject().label());
                findings.add(finding("proposal.check.integrity.member", r.subject().label()));
            }
        }
    }

    /** A member by account and/or the citizen-ID hash of their person record; null when neither is known. */
    private Subject subject(TeamMember m) {
        String idHash = m.personId() == null ? null : people.person(m.personId())
                .filter(person -> person.idType() == PersonIdType.CITIZEN_ID).map(person -> person.idHash())
                .orElse(null);
        if (m.accountId() == null && idHash == null) {
            return null;
        }
        return Subject.person(m.accountId(), idHash, m.name());
    }

    private Finding worded(String key, String who, IntegrityVerdict.Reason r, Actor viewer) {
        return wording.worded(code(), key, who, r, viewer);
    }
}
