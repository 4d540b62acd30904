package org.kstp.proposal.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.kstp.directory.PersonIdType;
import org.kstp.directory.PersonRecords;
import org.kstp.integrity.Activity;
import org.kstp.integrity.IntegrityApi;
import org.kstp.integrity.IntegrityVerdict;
import org.kstp.integrity.RecordDisclosure;
import org.kstp.integrity.Subject;
import org.kstp.program.CallView;
import org.springframework.stereotype.Component;

/**
 * Research-integrity blocks on a proposal: the PI may not apply, a team member (known by account or by
 * the citizen ID of their person record) may not join, the host and each partner institution may not
 * take on the project while under an applicable sanction, and, where the call asks for it, the host's
 * legal representative may not be barred from applying or hosting. Partners are checked for the HOST activity:
 * undertaking part of a funded project is what a sanction against hosting forbids. Checked on the draft's checklist
 * (which blocks submission) and again at intake and formal check, because records may arrive after
 * submission. Each block is worded for its reader: the subject sees the record (document and period)
 * and is pointed to their own records and how to appeal, bureau staff see the record, and everyone
 * else (co-authors, the host, the county) sees only that a rule applies, because a record is its
 * subject's business.
 */
@Component
public class IntegrityPolicy {

    private final IntegrityApi integrity;
    private final RecordDisclosure disclosure;
    private final DirectoryApi directory;
    private final PersonRecords people;
    private final Clock clock;

    IntegrityPolicy(IntegrityApi integrity, RecordDisclosure disclosure, DirectoryApi directory, PersonRecords people,
                    Clock clock) {
        this.people = people;
        this.integrity = integrity;
        this.disclosure = disclosure;
        this.directory = directory;
        this.clock = clock;
    }

    /** One checklist error per blocking measure, as of today, worded for a reader who may see everything. */
    public List<ProposalChecklist.Finding> findings(Proposal p, CallView call) {
        return findings(p, call, null);
    }

    /**
     * The same errors worded for this viewer (null: staff or the system, who see every record). The
     * call decides whether the host's legal representative is checked too ({@link LegalRepresentativeRule}).
     */
    public List<ProposalChecklist.Finding> findings(Proposal p, CallView call, Actor viewer) {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        List<ProposalChecklist.Finding> findings = new ArrayList<>();
        IntegrityVerdict pi = integrity.check(Subject.person(p.piAccountId(), p.piName()), Activity.APPLY, today);
        pi.reasons().forEach(r -> findings.add(worded("proposal.check.integrity.pi", p.piName(), r, viewer)));
        List<Subject> members = p.team().stream().map(this::subject).filter(s -> s != null).toList();
        List<String> named = new ArrayList<>();
        for (IntegrityVerdict.Reason r : integrity.check(members, Activity.TEAM_MEMBER, today).reasons()) {
            if (disclosure.maySeeRecords(r.subject(), viewer)) {
                findings.add(worded("proposal.check.integrity.member", r.subject().label(), r, viewer));
            } else if (!named.contains(r.subject().label())) {
                named.add(r.subject().label());
                findings.add(new ProposalChecklist.Finding("proposal.check.integrity.member", r.subject().label()));
            }
        }
        Optional<OrganisationSummary> hostOrganisation = directory.organisation(p.hostOrganisationId());
        hostOrganisation.map(IntegrityPolicy::subject).ifPresent(host ->
                integrity.check(host, Activity.HOST, today).reasons()
                        .forEach(r -> findings.add(worded("proposal.check.integrity.host", host.label(), r, viewer))));
        hostOrganisation.ifPresent(host -> LegalRepresentativeRule.reasons(call, host, integrity, today).forEach(r ->
                findings.add(worded("proposal.check.integrity.legalRep", host.legalRepName(), r, viewer))));
        for (Partner partner : p.partners()) {
            Subject org = Subject.organisation(partner.uscc(), partner.name());
            integrity.check(org, Activity.PARTNER, today).reasons()
                    .forEach(r -> findings.add(worded("proposal.check.integrity.partner", partner.name(), r, viewer)));
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
    public void requireClear(Proposal p, CallView call) {
        List<ProposalChecklist.Finding> findings = findings(p, call);
        if (!findings.isEmpty()) {
            ProposalChecklist.Finding first = findings.getFirst();
            throw new RuleViolation(first.messageKey(), first.arguments());
        }
    }

    private static Subject subject(OrganisationSummary o) {
        return Subject.organisation(o.uscc(), o.name());
    }

    /**
     * The subject reads key.own (with the appeal hint), staff key (or key.detail for a member, whose
     * plain key is the rule-only wording), others key.rule; the record's variants end in .permanent
     * when the measure has no end.
     */
    private ProposalChecklist.Finding worded(String key, String who, IntegrityVerdict.Reason r, Actor viewer) {
        if (!disclosure.maySeeRecords(r.subject(), viewer)) {
            return new ProposalChecklist.Finding(key + ".rule", who);
        }
        String variant = disclosure.isSubject(r.subject(), viewer) ? key + ".own"
                : key.endsWith(".member") ? key + ".detail" : key;
        if (r.permanent()) {
            return new ProposalChecklist.Finding(variant + ".permanent", who, r.documentNumber(), r.start().toString());
        }
        return new ProposalChecklist.Finding(variant, who, r.documentNumber(), r.start().toString(), r.end().toString());
    }
}
