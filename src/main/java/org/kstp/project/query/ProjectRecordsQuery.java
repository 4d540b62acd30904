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

    private final JdbcClient jdbc;

    ProjectRecordsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProjectRef> inProgressProjectsOf(UUID accountId) {
        return jdbc.sql("select id, tracking_number, title from project p where status in " + UNFINISHED
                        + " and (pi_account_id = :a or exists (select 1 from project_member m"
                        + " where m.project_id = p.id and m.account_id = :a)) order by created_at")
                .param("a", accountId).query(ProjectRef.class).list();
    }

    @Override
    public List<ProjectRef> overdueProjectsOf(UUID organisationId, LocalDate today) {
        return jdbc.sql("select id, tracking_number, title from project where status in " + UNFINISHED
                        + " and host_organisation_id = :o and due_on < :today order by due_on")
                .param("o", organisationId).param("today", Date.valueOf(today)).query(ProjectRef.class).list();
    }
}
