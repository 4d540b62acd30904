package org.kstp.platform.imports;

import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.platform.NavGroup;
import org.kstp.platform.WorkCount;
import org.kstp.platform.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The user's own imports whose check has finished and which wait for them to confirm the import; the
 * workbench links to the newest of them. Nobody else's imports count: only the owner may confirm.
 */
@Component
class ImportJobWork implements WorkSource {

    private final JdbcClient jdbc;

    ImportJobWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkCount> workFor(Actor actor) {
        return jdbc.sql("""
                select count(*) over () as checked, id from platform_import_job
                where owner_id = :me and status = 'CHECKED' order by updated_at desc limit 1""")
                .param("me", actor.accountId())
                .query((rs, n) -> new WorkCount(NavGroup.SYSTEM, "platform.work.importsChecked", rs.getLong("checked"),
                        "/imports/" + rs.getObject("id", UUID.class), null))
                .list();
    }
}
