package org.kstp.proposal.domain.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kstp.directory.PersonRecords;
import org.kstp.directory.PersonSummary;
import org.kstp.program.ConcurrencyRules;
import org.kstp.program.ProgramApi;
import org.kstp.proposal.ProjectRecords;
import org.kstp.proposal.ProjectRecords.ProjectRef;
import org.kstp.proposal.domain.Proposal;
import org.kstp.proposal.domain.ProposalStatus;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PI_LIMIT (Xinjiang 2023): the PI's projects in progress plus this year's proposals, this one
 * included, at most the call's limit (1 by default). Programmes of the kinds the rule excludes are
 * marked on the programme, and neither their proposals nor their projects count; a proposal to such
 * a programme is not limited either. Projects where the PI is only a team member count when the call
 * says so (the text counts the PI's own projects). Submission serialises this check per PI
 * ({@code PiSubmissionLock}), so two drafts submitted at the same moment cannot both pass.
 */
@Component
class PiLimit implements ProposalRule {

    /** Proposals that no longer count: ended, or turned into a project (which counts as a project). */
    private static final Set<ProposalStatus> NOT_COUNTED = EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.WITHDRAWN,
            ProposalStatus.DECLINED, ProposalStatus.FORMALLY_REJECTED, ProposalStatus.APPROVED);

    private final JdbcClient jdbc;
    private final ProjectRecords projects;
    private final ProgramApi programs;
    private final PersonRecords people;

    PiLimit(JdbcClient jdbc, ProjectRecords projects, ProgramApi programs, PersonRecords people) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.programs = programs;
        this.people = people;
    }

    @Override
    public RuleCode code() {
        return RuleCode.PI_LIMIT;
    }

    @Override
    public List<Finding> check(Proposal p, RuleContext context) {
        ConcurrencyRules rules = context.call().concurrencyRules();
        Set<UUID> outside = programs.callsOutsidePiLimit();
        if (rules.exempt() || outside.contains(p.callId())) {
            return List.of();
        }
        int year = context.today().getYear();
        List<MessageSourceResolvable> counted = new ArrayList<>();
        others(p).stream().filter(o -> !NOT_COUNTED.contains(o.status()) && !outside.contains(o.callId()))
                .filter(o -> o.submittedAt() != null && o.submittedAt().atZone(context.zone()).getYear() == year)
                .forEach(o -> counted.add(Listing.label(o.trackingNumber(), o.title())));
        List<ProjectRef> running = new ArrayList<>(projects.ledBy(p.piAccountId()));
        if (rules.piLimitCountsMemberships()) {
            UUID person = people.ofAccount(p.piAccountId()).map(PersonSummary::id).orElse(null);
            running.addAll(projects.joinedBy(person, p.piAccountId()));
        }
        Listing.distinct(running).stream().filter(r -> !outside.contains(r.callId()))
                .forEach(r -> counted.add(Listing.label(r.trackingNumber(), r.title())));
        if (counted.size() + 1 > rules.piLimit()) {
            return List.of(finding("proposal.limit.pi", rules.piLimit(), Listing.joined(counted)));
        }
        return List.of();
    }

    /** The PI's other drafts, which would hit the limit if submitted too. */
    @Override
    public List<Finding> warnings(Proposal p, RuleContext context) {
        Set<UUID> outside = programs.callsOutsidePiLimit();
        if (context.call().concurrencyRules().exempt() || outside.contains(p.callId())) {
            return List.of();
        }
        List<MessageSourceResolvable> drafts = others(p).stream()
                .filter(o -> o.status() == ProposalStatus.DRAFT && !outside.contains(o.callId()))
                .map(o -> Listing.label(null, o.title())).toList();
        return drafts.isEmpty() ? List.of() : List.of(finding("proposal.limit.otherDrafts", Listing.joined(drafts)));
    }

    /** The PI's other proposals: a few columns by SQL, since this runs on every view of a draft. */
    private List<OtherProposal> others(Proposal p) {
        return jdbc.sql("""
                select status, call_id, submitted_at, tracking_number, title from proposal
                where pi_account_id = :pi and id <> :id order by created_at""")
                .param("pi", p.piAccountId()).param("id", p.id())
                .query((rs, n) -> new OtherProposal(ProposalStatus.valueOf(rs.getString("status")),
                        rs.getObject("call_id", UUID.class),
                        rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant(),
                        rs.getString("tracking_number"), rs.getString("title")))
                .list();
    }

    private record OtherProposal(ProposalStatus status, UUID callId, Instant submittedAt, String trackingNumber,
                                 String title) {
    }
}
