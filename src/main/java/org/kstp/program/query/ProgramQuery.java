package org.kstp.program.query;

import java.util.List;
import java.util.UUID;
import org.kstp.program.CallView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read model of programmes for the bureau's list page. */
@Component
public class ProgramQuery {

    private final JdbcClient jdbc;
    private final CallQuery calls;

    ProgramQuery(JdbcClient jdbc, CallQuery calls) {
        this.jdbc = jdbc;
        this.calls = calls;
    }

    public record ProgramRow(UUID id, String name, String planTaskCode, int calls) {
    }

    public List<ProgramRow> programs() {
        return jdbc.sql("""
                select p.id, p.name, p.plan_task_code, count(c.id) as calls
                from program_program p left join program_call c on c.program_id = p.id
                group by p.id order by p.created_at desc""").query(ProgramRow.class).list();
    }

    public List<CallView> callsOf(UUID programId) {
        return calls.callsOfProgram(programId);
    }
}
