package org.kstp.program.query;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kstp.program.CallView;
import org.kstp.program.ProgramApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read model of calls with their programme, for applicants, the portal and other modules. */
@Component
class CallQuery implements ProgramApi {

    private static final String SELECT = """
            select c.id, c.program_id, p.name as program_name, p.plan_task_code, c.title, c.guideline,
                   c.opens_at, c.closes_at, c.budget_cap, c.endorsement_required, c.recommendation_required,
                   (c.status = 'PUBLISHED' and c.opens_at <= :now and c.closes_at > :now) as accepting_proposals
            from program_call c join program_program p on p.id = c.program_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    CallQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<CallView> call(UUID id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("now", now()).param("id", id)
                .query(CallView.class).optional();
    }

    @Override
    public List<CallView> openCalls() {
        return jdbc.sql(SELECT + " where c.status = 'PUBLISHED' and c.opens_at <= :now and c.closes_at > :now"
                        + " order by c.closes_at")
                .param("now", now()).query(CallView.class).list();
    }

    /** Every call with its programme, newest first, for the bureau's programme pages. */
    List<CallView> callsOfProgram(UUID programId) {
        return jdbc.sql(SELECT + " where c.program_id = :program order by c.opens_at desc")
                .param("now", now()).param("program", programId).query(CallView.class).list();
    }

    private java.sql.Timestamp now() {
        return java.sql.Timestamp.from(clock.instant());
    }
}
