package org.kstp.review.round;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draw's persisted progress. Each step is written in its own transaction, so the page sees it
 * while the draw's work is still uncommitted.
 */
@Repository
class RoundJobs {

    private final JdbcClient jdbc;
    private final Clock clock;

    RoundJobs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The step the draw has reached. */
    public record Progress(DrawStep step, int percent) {
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void step(UUID roundId, DrawStep step) {
        jdbc.sql("""
                insert into review_round_job (round_id, step, percent, updated_at) values (?, ?, ?, ?)
                on conflict (round_id) do update set step = excluded.step, percent = excluded.percent,
                updated_at = excluded.updated_at""")
                .params(roundId, step.name(), step.percent(), Timestamp.from(clock.instant())).update();
    }

    Optional<Progress> progress(UUID roundId) {
        return jdbc.sql("select step, percent from review_round_job where round_id = ?").param(roundId)
                .query((rs, n) -> new Progress(DrawStep.valueOf(rs.getString(1)), rs.getInt(2))).optional();
    }
}
