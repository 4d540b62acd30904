package org.kstp.proposal.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kstp.directory.PersonRecords;
import org.kstp.directory.PersonSummary;
import org.kstp.program.ConcurrencyRules;
import org.kstp.proposal.ProjectRecords;
import org.kstp.proposal.ProjectRecords.ProjectRef;
import org.kstp.proposal.domain.Proposal;
import org.kstp.proposal.domain.TeamMember;
import org.springframework.stereotype.Component;

/**
 * TEAM_MEMBER_LIMIT (Xinjiang 2023): each of the first two team members after the PI may be on at most
 * the call's number of projects (2 by default), this one included, so a member already on that many in
 * progress blocks the proposal. Members are counted by person record, whether or not they have an
 * account, and by account where the record has one; projects they lead and projects they join both count.
 */
@Component
class TeamMemberLimit implements ProposalRule {

    private static final int LEADING_MEMBERS = 2;

    private final ProjectRecords projects;
    private final PersonRecords people;

    TeamMemberLimit(ProjectRecords projects, PersonRecords people) {
        this.projects = projects;
        this.people = people;
    }

    @Override
    public RuleCode code() {
        return RuleCode.TEAM_MEMBER_LIMIT;
    }

    @Override
    public List<Finding> check(Proposal p, RuleContext context) {
        ConcurrencyRules rules = context.call().concurrencyRules();
        if (rules.exempt()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (TeamMember member : p.team().stream().limit(LEADING_MEMBERS).toList()) {
            List<ProjectRef> running = running(member);
            if (running.size() >= rules.memberProjectLimit()) {
                findings.add(finding("proposal.limit.member", member.name(), running.size(),
                        rules.memberProjectLimit(), Listing.projects(running)));
            }
        }
        return findings;
    }

    /** Unfinished projects the member leads or joins; a member entered by name only cannot be counted. */
    private List<ProjectRef> running(TeamMember member) {
        UUID account = member.accountId() != null ? member.accountId() : member.personId() == null ? null
                : people.person(member.personId()).map(PersonSummary::accountId).orElse(null);
        List<ProjectRef> running = new ArrayList<>(account == null ? List.of() : projects.ledBy(account));
        running.addAll(projects.joinedBy(member.personId(), account));
        return Listing.distinct(running);
    }
}
