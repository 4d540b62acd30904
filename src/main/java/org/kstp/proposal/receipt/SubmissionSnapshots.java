package org.kstp.proposal.receipt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kstp.common.NotFound;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.kstp.plan.PlanApi;
import org.kstp.program.CallView;
import org.kstp.program.ProgramApi;
import org.kstp.directory.PersonRecords;
import org.kstp.directory.PersonSummary;
import org.kstp.proposal.ProposalDetailView;
import org.kstp.proposal.ProposalTransitioned;
import org.kstp.proposal.domain.ProposalDetails;
import org.kstp.proposal.domain.Budget;
import org.kstp.proposal.domain.Proposal;
import org.kstp.proposal.domain.ProposalRepository;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Freezes each submission. It listens synchronously, so the snapshot is written in the submitting
 * transaction: a submission that commits always has its receipt, and one that rolls back (a lost race
 * between two tabs) leaves none.
 */
@Component
class SubmissionSnapshots {

    /** Its own mapper, not the web one: the stored form must not change when web settings do. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProposalRepository proposals;
    private final ProgramApi programs;
    private final DirectoryApi directory;
    private final PlanApi plan;
    private final JdbcClient jdbc;
    private final ProposalDetails details;
    private final PersonRecords people;

    SubmissionSnapshots(ProposalRepository proposals, ProgramApi programs, DirectoryApi directory, PlanApi plan,
                        JdbcClient jdbc, ProposalDetails details, PersonRecords people) {
        this.details = details;
        this.people = people;
        this.proposals = proposals;
        this.programs = programs;
        this.directory = directory;
        this.plan = plan;
        this.jdbc = jdbc;
    }

    /** A stored submission: the snapshot as read back, and the exact text its hash covers. */
    record Stored(SubmissionSnapshot snapshot, String json, String sha256) {
    }

    @EventListener
    void onTransition(ProposalTransitioned event) {
        if (!"SUBMIT".equals(event.action())) {
            return;
        }
        Proposal p = proposals.findById(event.proposalId()).orElseThrow(() -> new NotFound("proposal", event.proposalId()));
        int round = jdbc.sql("select coalesce(max(round), 0) + 1 from proposal_submission where proposal_id = ?")
                .param(p.id()).query(Integer.class).single();
        String json = JSON.writeValueAsString(snapshot(p, round));
        jdbc.sql("""
                insert into proposal_submission (proposal_id, round, tracking_number, submitted_at, snapshot, sha256)
                values (?, ?, ?, ?, ?, ?)""")
                .params(p.id(), round, p.trackingNumber(), Timestamp.from(p.submittedAt()), json, sha256(json))
                .update();
    }

    Optional<Stored> latest(UUID proposalId) {
        return jdbc.sql("""
                select snapshot, sha256 from proposal_submission where proposal_id = ?
                order by round desc limit 1""").param(proposalId)
                .query((rs, n) -> new Stored(JSON.readValue(rs.getString(1), SubmissionSnapshot.class),
                        rs.getString(1), rs.getString(2)))
                .optional();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private SubmissionSnapshot snapshot(Proposal p, int round) {
        CallView call = programs.call(p.callId()).orElseThrow(() -> new NotFound("call", p.callId()));
        Optional<OrganisationSummary> host = directory.organisation(p.hostOrganisationId());
        Budget budget = p.budget();
        ProposalDetailView d = details.of(p, call);
        return new SubmissionSnapshot(SubmissionSnapshot.FORMAT, p.id(), p.trackingNumber(), round, p.submittedAt(),
                call.id(), call.title(), call.programName(), p.hostOrganisationId(),
                host.map(OrganisationSummary::name).orElse(null), host.map(OrganisationSummary::uscc).orElse(null),
                p.piName(), p.title(), p.summary(), p.keywords(), p.planTaskCode(),
                p.planTaskCode() == null ? null : plan.task(p.planTaskCode()).map(t -> t.programmeName()).orElse(null),
                p.industryCode(), plan.industries().stream().filter(i -> i.code().equals(p.industryCode()))
                        .map(i -> i.name()).findFirst().orElse(null),
                p.countyCode(), p.countyCode() == null ? null
                        : directory.county(p.countyCode()).map(c -> c.name()).orElse(null),
                p.requestedAmount(), p.plannedEndOn(),
                p.team().stream().map(m -> new SubmissionSnapshot.Member(m.name(), m.title(), m.organisationName(),
                        m.duty(), m.disciplineCode(), people.person(m.personId()).map(PersonSummary::maskedId)
                        .orElse(null))).toList(),
                budget.lines().stream().map(l -> new SubmissionSnapshot.Line(l.category().name(), l.item(), l.amount(),
                        l.justification())).toList(),
                budget.direct(), budget.indirect(), budget.requested(),
                budget.coFunding().stream().map(c -> new SubmissionSnapshot.Funding(c.source(), c.amount())).toList(),
                attachments(p.id()), d.callItemNumber(), d.callItemTitle(), d.disciplineCode(), d.disciplineName(),
                d.plannedStartOn(),
                d.partners().stream().map(x -> new SubmissionSnapshot.PartnerEntry(x.name(), x.uscc(), x.role())).toList(),
                d.indicators().stream().map(x -> new SubmissionSnapshot.Indicator(x.name(), x.targetValue(), x.unit()))
                        .toList(),
                d.milestones().stream().map(x -> new SubmissionSnapshot.Stage(x.startsOn(), x.endsOn(), x.milestone(),
                        x.deliverable())).toList());
    }

    private List<SubmissionSnapshot.File> attachments(UUID proposalId) {
        return jdbc.sql("""
                select filename, detected_type, size_bytes, sha256 from proposal_attachment
                where proposal_id = ? order by uploaded_at, id""").param(proposalId)
                .query((rs, n) -> new SubmissionSnapshot.File(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4).trim()))
                .list();
    }
}
