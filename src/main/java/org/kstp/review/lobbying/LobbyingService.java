package org.kstp.review.lobbying;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.NotFound;
import org.kstp.common.RuleViolation;
import org.kstp.review.domain.BureauOnly;
import org.kstp.review.domain.ReviewAssignment;
import org.kstp.review.domain.ReviewService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records lobbying reports from the assigned expert only, and staff flags. Reports and flags are
 * append-only rows; both are audited. Flags never reach experts or applicants.
 */
@Service
public class LobbyingService {

    private static final String REPORT_COLUMNS = "id, assignment_id, proposal_id, reporter_account_id,"
            + " reporter_name, approached_by, approached_on, channel, details, reported_at";

    private final JdbcClient jdbc;
    private final ReviewService reviews;
    private final AuditApi audit;
    private final BusinessTime time;

    LobbyingService(JdbcClient jdbc, ReviewService reviews, AuditApi audit, BusinessTime time) {
        this.jdbc = jdbc;
        this.reviews = reviews;
        this.audit = audit;
        this.time = time;
    }

    /** The expert of the assignment reports an approach; a date in the future is refused. */
    @Transactional
    public UUID report(UUID assignmentId, String approachedBy, LocalDate approachedOn, LobbyingChannel channel,
                       String details, Actor actor) {
        ReviewAssignment assignment = reviews.ownAssignment(assignmentId, actor);
        if (approachedBy == null || approachedBy.isBlank() || details == null || details.isBlank()
                || channel == null || approachedOn == null) {
            throw new RuleViolation("review.lobbying.incomplete");
        }
        if (approachedOn.isAfter(time.today())) {
            throw new RuleViolation("review.lobbying.future");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into review_lobbying_report (" + REPORT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, assignmentId, assignment.proposalId(), actor.accountId(), actor.displayName(),
                        approachedBy.strip(), approachedOn, channel.name(), details.strip(),
                        Timestamp.from(time.now()))
                .update();
        audit.record(actor, "review-lobbying-report", id, "REPORT", assignment.proposalId() + " " + channel);
        return id;
    }

    public List<LobbyingReport> reports(Actor actor) {
        BureauOnly.require(actor);
        return jdbc.sql("select " + REPORT_COLUMNS + " from review_lobbying_report order by reported_at desc")
                .query(LobbyingService::report).list();
    }

    /** Staff flag the proposal a report concerns. */
    @Transactional
    public void flag(UUID reportId, String note, Actor actor) {
        BureauOnly.require(actor);
        if (note == null || note.isBlank()) {
            throw new RuleViolation("review.flag.noteRequired");
        }
        LobbyingReport report = jdbc.sql("select " + REPORT_COLUMNS + " from review_lobbying_report where id = ?")
                .param(reportId).query(LobbyingService::report).optional()
                .orElseThrow(() -> new NotFound("review-lobbying-report", reportId));
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into review_proposal_flag (id, proposal_id, report_id, note, flagged_by, flagged_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(id, report.proposalId(), reportId, note.strip(), actor.displayName(),
                        Timestamp.from(time.now()))
                .update();
        audit.record(actor, "proposal-flag", report.proposalId(), "FLAG", note.strip());
    }

    public List<ProposalFlag> flags(UUID proposalId, Actor actor) {
        BureauOnly.require(actor);
        return jdbc.sql("select id, proposal_id, report_id, note, flagged_by, flagged_at from review_proposal_flag"
                        + " where proposal_id = ? order by flagged_at")
                .param(proposalId)
                .query((rs, n) -> new ProposalFlag(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    private static LobbyingReport report(ResultSet rs, int n) throws SQLException {
        return new LobbyingReport(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
                rs.getObject(7, LocalDate.class), LobbyingChannel.valueOf(rs.getString(8)), rs.getString(9),
                rs.getTimestamp(10).toInstant());
    }
}
