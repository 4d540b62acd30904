package org.kstp.proposal.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kstp.common.BusinessTime;
import org.kstp.platform.Phrases;
import org.kstp.program.CallView;
import org.kstp.program.ConcurrencyRules;
import org.kstp.proposal.ProjectRecords;
import org.kstp.proposal.ProjectRecords.ProjectRef;
import org.kstp.proposal.domain.ProposalChecklist.Finding;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The concurrency limits, checked live on every view of a draft and again at submission. Each rule
 * names what it counted (the proposals and projects), so the applicant sees why, not only that.
 * The numbers come from the call.
 */
@Component
public class ConcurrencyLimits {

    /** Proposals that no longer count: ended, or turned into a project (which counts as a project). */
    private static final Set<ProposalStatus> NOT_COUNTED = EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.WITHDRAWN,
            ProposalStatus.DECLINED, ProposalStatus.FORMALLY_REJECTED, ProposalStatus.APPROVED);
    private static final int LEADING_MEMBERS = 2;

    private final JdbcClient jdbc;
    private final ProjectRecords projects;
    private final Clock clock;

    ConcurrencyLimits(JdbcClient jdbc, ProjectRecords projects, Clock clock) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.clock = clock;
    }

    /** Errors: what blocks submission under the call's rules. */
    public List<Finding> errors(Proposal p, CallView call) {
        ConcurrencyRules rules = call.concurrencyRules();
        List<Finding> findings = new ArrayList<>();
        if (rules.exempt()) {
            return findings;
        }
        piLimit(p, rules, findings);
        memberLimit(p, rules, findings);
        List<ProjectRef> overdue = projects.overdueProjectsOf(p.hostOrganisationId(), today());
        if (overdue.size() > rules.institutionOverdueLimit()) {
            findings.add(new Finding("proposal.limit.institutionOverdue", overdue.size(),
                    rules.institutionOverdueLimit(), names(overdue)));
        }
        return findings;
    }

    /** Warnings: the PI's other drafts, which would hit the limit if submitted too. */
    public List<Finding> warnings(Proposal p, CallView call) {
        if (call.concurrencyRules().exempt()) {
            return List.of();
        }
        List<OtherProposal> drafts = others(p).stream().filter(o -> o.status() == ProposalStatus.DRAFT).toList();
        return drafts.isEmpty() ? List.of() : List.of(new Finding("proposal.limit.otherDrafts",
                Phrases.list(drafts.stream().map(OtherProposal::title).toList())));
    }

    private void piLimit(Proposal p, ConcurrencyRules rules, List<Finding> findings) {
        int year = today().getYear();
        ZoneId zone = BusinessTime.ZONE;
        List<MessageSourceResolvable> counted = new ArrayList<>();
        others(p).stream().filter(o -> !NOT_COUNTED.contains(o.status()))
                .filter(o -> o.submittedAt() != null && o.submittedAt().atZone(zone).getYear() == year)
                .forEach(o -> counted.add(Phrases.title(o.trackingNumber(), o.title())));
        projects.inProgressProjectsOf(p.piAccountId()).forEach(r -> counted.add(Phrases.title(r.trackingNumber(), r.title())));
        if (counted.size() + 1 > rules.piLimit()) {
            findings.add(new Finding("proposal.limit.pi", rules.piLimit(), Phrases.list(counted)));
        }
    }

    private void memberLimit(Proposal p, ConcurrencyRules rules, List<Finding> findings) {
        p.team().stream().limit(LEADING_MEMBERS).filter(m -> m.accountId() != null).forEach(member -> {
            List<ProjectRef> running = projects.inProgressProjectsOf(member.accountId());
            if (running.size() >= rules.memberProjectLimit()) {
                findings.add(new Finding("proposal.limit.member", member.name(), running.size(),
                        rules.memberProjectLimit(), names(running)));
            }
        });
    }

    /** The PI's other proposals: a few columns by SQL, since this runs on every view of a draft. */
    private List<OtherProposal> others(Proposal p) {
        return jdbc.sql("""
                select status, submitted_at, tracking_number, title from proposal
                where pi_account_id = :pi and id <> :id order by created_at""")
                .param("pi", p.piAccountId()).param("id", p.id())
                .query((rs, n) -> new OtherProposal(ProposalStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("submitted_at") == null ? null : rs.getTimestamp("submitted_at").toInstant(),
                        rs.getString("tracking_number"), rs.getString("title")))
                .list();
    }

    private record OtherProposal(ProposalStatus status, Instant submittedAt, String trackingNumber, String title) {
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessTime.ZONE));
    }

    private static MessageSourceResolvable names(List<ProjectRef> refs) {
        return Phrases.list(refs.stream().map(r -> Phrases.title(r.trackingNumber(), r.title())).toList());
    }
}
