package org.kstp.project.query;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.kstp.proposal.ProjectRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers the proposal module's concurrency-limit questions from the project tables. */
@Component
class ProjectRecordsQuery implements ProjectRecords {

    /** Statuses in which a project still occupies its people (suspended ones too: they may resume). */
    private static final String UNFINISHED = "('AGREEMENT_PENDING', 'IN_PROGRESS', 'ACCEPTANCE_REQUESTED', "
            + "'UNDER_ACCEPTANCE', 'RECTIFICATION', 'SUSPENDED')";
    /**
     * Statuses in which a project past its end date is overdue: those that have not applied for
     * acceptance. Once the host applies (ACCEPTANCE_REQUESTED) or acceptance is under way (UNDER_ACCEPTANCE,
     * RECTIFICATION), the project is no longer overdue in the sense of the 2023 rule.
     */
    private static final String NOT_APPLIED_FOR_ACCEPTANCE = "('AGREEMENT_PENDING', 'IN_PROGRESS', 'SUSPENDED')";
    private static final String COLUMNS = "select p.id, p.call_id, p.tracking_number, p.title from project p ";

    private final JdbcClient jdbc;

    ProjectRecordsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProjectRef> ledBy(UUID accountId) {
        return jdbc.sql(COLUMNS + "where p.status in " + UNFINISHED + " and p.pi_account_id = :a order by p.created_at")
                .param("a", accountId).query(ProjectRef.class).list();
    }

    @Override
    public List<ProjectRef> joinedBy(UUID personId, UUID accountId) {
        if (personId == null && accountId == null) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + "where p.status in " + UNFINISHED + " and exists (select 1 from project_member m"
                        + " where m.project_id = p.id and (m.person_id = :person or m.account_id = :account))"
                        + " order by p.created_at")
                .param("person", personId).param("account", accountId).query(ProjectRef.class).list();
    }

    /** Reads the one end date projects keep today ({@code due_on}); extensions, when they land, change this method. */
    @Override
    public List<ProjectRef> overdueProjectsOf(UUID organisationId, LocalDate date) {
        return jdbc.sql(COLUMNS + "where p.status in " + NOT_APPLIED_FOR_ACCEPTANCE
                        + " and p.host_organisation_id = :o and p.due_on < :date order by p.due_on")
                .param("o", organisationId).param("date", Date.valueOf(date)).query(ProjectRef.class).list();
    }
}
