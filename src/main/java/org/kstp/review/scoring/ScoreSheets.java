package org.kstp.review.scoring;

import java.util.List;
import java.util.UUID;
import org.kstp.review.domain.ScoreCriterion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each call's score sheet is kept. A call nobody configured uses the default of
 * {@code kstp.review.score-sheet}; the first submitted review writes the sheet in force onto the
 * call, so a later change of the default never re-weights reviews already given.
 */
@Component
public class ScoreSheets {

    private final JdbcClient jdbc;
    private final ScoreSheet defaults;

    ScoreSheets(JdbcClient jdbc, @Value("${kstp.review.score-sheet:SCIENTIFIC_VALUE:25:10;INNOVATION:20:10;"
            + "FEASIBILITY:20:10;TEAM:15:10;BUDGET_RATIONALITY:10:10;PLAN_RELEVANCE:10:10}") String defaults) {
        this.jdbc = jdbc;
        this.defaults = ScoreSheet.parse(defaults);
    }

    public ScoreSheet forCall(UUID callId) {
        List<SheetCriterion> rows = jdbc.sql("select criterion, weight, max_score from review_sheet_criterion"
                        + " where call_id = ? order by position")
                .param(callId)
                .query((rs, n) -> new SheetCriterion(ScoreCriterion.valueOf(rs.getString(1)), rs.getBigDecimal(2),
                        rs.getInt(3)))
                .list();
        return rows.isEmpty() ? defaults : new ScoreSheet(rows);
    }

    public ScoreSheet defaults() {
        return defaults;
    }

    /** Once a review in the call is submitted the sheet is fixed: scores were given against it. */
    public boolean locked(UUID callId) {
        return jdbc.sql("select exists (select 1 from review_scorecard where call_id = ? and submitted_at is not null)")
                .param(callId).query(Boolean.class).single();
    }

    void store(UUID callId, ScoreSheet sheet) {
        jdbc.sql("delete from review_sheet_criterion where call_id = ?").param(callId).update();
        for (int i = 0; i < sheet.criteria().size(); i++) {
            SheetCriterion c = sheet.criteria().get(i);
            jdbc.sql("insert into review_sheet_criterion (call_id, position, criterion, weight, max_score)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(callId, i, c.criterion().name(), c.weight(), c.maxScore()).update();
        }
    }

    /** Writes the sheet in force onto the call if it is still the default; no-op otherwise. */
    void freeze(UUID callId) {
        boolean stored = jdbc.sql("select exists (select 1 from review_sheet_criterion where call_id = ?)")
                .param(callId).query(Boolean.class).single();
        if (!stored) {
            store(callId, defaults);
        }
    }
}
