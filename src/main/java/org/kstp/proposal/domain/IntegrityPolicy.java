package org.kstp.proposal.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.kstp.directory.PersonIdType;
import org.kstp.directory.PersonRecords;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityApi;
import org.kstp.integrity.IntegrityVerdict;
import org.kstp.integrity.Subject;
import org.springframework.stereotype.Component;

/**
 * Research-integrity blocks on a proposal: the PI may not apply, a team member (known by account or by
 * the citizen ID of their person record) may not join, the host and each partner institution may not
 * take on the project while under an applicable sanction. Partners are checked for the HOST activity:
 * undertaking part of a funded project is what a sanction against hosting forbids. Checked on the draft's checklist
 * (which blocks submission) and again at intake and formal check, because records may arrive after
 * submission. The PI and the host see the record they are named in; for a team member others see
 * only that a rule applies, since the record is that member's own business.
 */
@Component
public class IntegrityPolicy {

    private final IntegrityApi integrity;
    private final DirectoryApi directory;
    private final PersonRecords people;
    private final Clock clock;

    IntegrityPolicy(IntegrityApi integrity, DirectoryApi directory, PersonRecords people, Clock clock) {
        this.people = people;
        this.integrity = integrity;
        this.directory = directory;
        this.clock = clock;
    }

    /** One checklist error per blocking measure, as of today in business time. */
    public List<ProposalChecklist.Finding> findings(Proposal p) {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        List<ProposalChecklist.Finding> findings = new ArrayList<>();
        IntegrityVerdict pi = integrity.check(Subject.person(p.piAccountId(), p.piName()), Activity.APPLY, today);
        pi.reasons().forEach(r -> findings.add(named("proposal.check.integrity.pi", p.piName(), r)));
        List<Subject> members = p.team().stream().map(this::subject).filter(s -> s != null).toList();
        integrity.check(members, Activity.TEAM_MEMBER, today).reasons().stream()
                .map(r -> r.subject().label()).distinct()
                .forEach(name -> findings.add(new ProposalChecklist.Finding("proposal.check.integrity.member", name)));
        directory.organisation(p.hostOrganisationId()).map(IntegrityPolicy::subject).ifPresent(host ->
                integrity.check(host, Activity.HOST, today).reasons()
                        .forEach(r -> findings.add(named("proposal.check.integrity.host", host.label(), r))));
        for (Partner partner : p.partners()) {
            Subject org = Subject.organisation(partner.uscc(), partner.name());
            integrity.check(org, Activity.HOST, today).reasons()
                    .forEach(r -> findings.add(named("proposal.check.integrity.partner", partner.name(), r)));
        }
        return findings;
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

    /** Refuses a stage (intake, formal check) with the first integrity reason, if any. */
    public void requireClear(Proposal p) {
        List<ProposalChecklist.Finding> findings = findings(p);
        if (!findings.isEmpty()) {
            ProposalChecklist.Finding first = findings.getFirst();
            throw new RuleViolation(first.messageKey(), first.arguments());
        }
    }

    private static Subject subject(OrganisationSummary o) {
        return Subject.organisation(o.uscc(), o.name());
    }

    private static ProposalChecklist.Finding named(String key, String who, IntegrityVerdict.Reason r) {
        if (r.permanent()) {
            return new ProposalChecklist.Finding(key + ".permanent", who, r.documentNumber(), r.start().toString());
        }
        return new ProposalChecklist.Finding(key, who, r.documentNumber(), r.start().toString(), r.end().toString());
    }
}
