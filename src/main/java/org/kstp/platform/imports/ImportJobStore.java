package org.kstp.platform.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.FieldKeys;
import org.kstp.common.TransitionTable;
import org.kstp.platform.ImportJobAction;
import org.kstp.platform.ImportJobStatus;
import org.kstp.platform.ImportJobView;
import org.kstp.platform.ImportLine;
import org.kstp.platform.TabularFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The job tables. Every status change goes through the transition table and leaves a history row;
 * the status update is conditional on the old status, so two nodes (or a double click) cannot both
 * start the same commit. The uploaded file is kept encrypted under the field keys (integrity lists
 * carry citizen ID numbers) from upload until the job no longer needs it, when it is dropped.
 */
@Repository
public class ImportJobStore {

    public static final TransitionTable<ImportJobStatus, ImportJobAction> LIFECYCLE =
            TransitionTable.of(ImportJobStatus.class, ImportJobAction.class)
                    .allow(ImportJobAction.FINISH_CHECK, ImportJobStatus.CHECKED, ImportJobStatus.CHECKING)
                    .allow(ImportJobAction.START_IMPORT, ImportJobStatus.IMPORTING, ImportJobStatus.CHECKED)
                    .allow(ImportJobAction.FINISH_IMPORT, ImportJobStatus.IMPORTED, ImportJobStatus.IMPORTING)
                    .allow(ImportJobAction.FAIL, ImportJobStatus.FAILED, ImportJobStatus.CHECKING,
                            ImportJobStatus.CHECKED, ImportJobStatus.IMPORTING);

    /** Separates stored arguments; a unit separator never occurs in typed text. */
    private static final String SEP = "\u001f";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;

    private final FieldKeys keys;

    ImportJobStore(JdbcClient jdbc, JdbcTemplate template, Clock clock, FieldKeys keys) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    public void create(UUID id, String kind, String fileName, TabularFile.Format format, byte[] content, Actor owner) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into platform_import_job (id, kind, file_name, format, content, owner_id, owner_name, status,
                    created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'CHECKING', ?, ?)""")
                .params(id, kind, fileName, format.name(), keys.seal(content), owner.accountId(), owner.displayName(),
                        now, now)
                .update();
    }

    public Optional<ImportJobView> find(UUID id) {
        return jdbc.sql("""
                select id, kind, file_name, format, owner_id, status, total_rows, done_rows, refused_rows,
                       imported_rows, error_key, error_args, created_at from platform_import_job where id = ?""")
                .param(id).query((rs, n) -> new ImportJobView(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), TabularFile.Format.valueOf(rs.getString(4)), rs.getObject(5, UUID.class),
                        ImportJobStatus.valueOf(rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                        (Integer) rs.getObject(10), rs.getString(11), split(rs.getString(12)),
                        rs.getTimestamp(13).toInstant())).optional();
    }

    public byte[] content(UUID id) {
        return jdbc.sql("select content from platform_import_job where id = ?").param(id).query(byte[].class)
                .optional().map(keys::open).orElse(null);
    }

    /**
     * Moves the job on, if it is still where the caller saw it; false when another thread got there
     * first. Leaves a history row.
     */
    public boolean transition(UUID id, ImportJobAction action, Actor actor) {
        ImportJobStatus from = find(id).orElseThrow().status();
        ImportJobStatus to = LIFECYCLE.require(from, action, "platform");
        Timestamp now = Timestamp.from(clock.instant());
        int changed = jdbc.sql("update platform_import_job set status = ?, updated_at = ?, done_rows = "
                        + "case when ? = 'IMPORTING' then 0 else done_rows end where id = ? and status = ?")
                .params(to.name(), now, to.name(), id, from.name()).update();
        if (changed == 1) {
            jdbc.sql("""
                    insert into platform_import_job_change (job_id, position, from_status, to_status, action, actor_id, at)
                    select ?, coalesce(max(position) + 1, 0), ?, ?, ?, ?, ? from platform_import_job_change
                    where job_id = ?""")
                    .params(id, from.name(), to.name(), action.name(), actor.accountId(), now, id).update();
        }
        return changed == 1;
    }

    public void total(UUID id, int total) {
        jdbc.sql("update platform_import_job set total_rows = ? where id = ?").params(total, id).update();
    }

    public void progress(UUID id, int done) {
        jdbc.sql("update platform_import_job set done_rows = ?, updated_at = ? where id = ?")
                .params(done, Timestamp.from(clock.instant()), id).update();
    }

    /** Stores the dry run's verdicts in batches; the file stays only if the import may still be committed. */
    public void checked(UUID id, List<ImportLine> lines) {
        template.batchUpdate("insert into platform_import_line (job_id, line, subject, refused, message_key, args)"
                + " values (?, ?, ?, ?, ?, ?)", lines, 1_000, (ps, l) -> {
                    ps.setObject(1, id);
                    ps.setInt(2, l.line());
                    ps.setString(3, l.subject() == null ? null : truncate(l.subject(), 300));
                    ps.setBoolean(4, l.refused());
                    ps.setString(5, l.messageKey());
                    ps.setString(6, String.join(SEP, l.args()));
                });
        long refused = lines.stream().filter(ImportLine::refused).count();
        jdbc.sql("update platform_import_job set refused_rows = ?, done_rows = total_rows,"
                        + " content = case when ? > 0 then null else content end where id = ?")
                .params(refused, refused, id).update();
    }

    public void imported(UUID id, int count) {
        jdbc.sql("update platform_import_job set imported_rows = ?, done_rows = ?, content = null where id = ?")
                .params(count, count, id).update();
    }

    public void failed(UUID id, String key, List<String> args) {
        jdbc.sql("update platform_import_job set error_key = ?, error_args = ?, content = null where id = ?")
                .params(key, String.join(SEP, args), id).update();
    }

    /** The refused lines first, then the others, up to the limit. */
    public List<ImportLine> lines(UUID id, int limit) {
        return jdbc.sql("""
                select line, subject, refused, message_key, args from platform_import_line where job_id = ?
                order by refused desc, line limit ?""").params(id, limit)
                .query((rs, n) -> new ImportLine(rs.getInt(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        split(rs.getString(5)))).list();
    }

    /** Jobs a crash left running: nothing of theirs was committed, so they are marked failed. */
    public List<UUID> interrupted() {
        return jdbc.sql("select id from platform_import_job where status in ('CHECKING', 'IMPORTING')")
                .query(UUID.class).list();
    }

    /** Drops files of jobs nobody committed within the retention time. */
    public int dropStaleContent(Duration retention) {
        return jdbc.sql("update platform_import_job set content = null where content is not null and updated_at < ?")
                .param(Timestamp.from(clock.instant().minus(retention))).update();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEP, -1));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
