package org.kstp.review.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.review.domain.ScoreCriterion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A review submitted on the old fixed sheet survives the score-sheet migration: its call gets that
 * sheet (30/25/25/20 on 0-10), its four scores move into a submitted scorecard with the same total,
 * and an assignment not yet scored gets no scorecard. Runs the real migrations in a schema of its own.
 */
@KstpIntegrationTest
class LegacyScoreMigrationTest {

    @Autowired
    DataSource dataSource;

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).schemas("legacy_scores").locations("classpath:db/migration")
                .target(target).load();
    }

    @Test
    void oldScoresMoveIntoScorecardsOnTheOldSheet() {
        flyway("28").migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID call = UUID.randomUUID();
        UUID proposal = UUID.randomUUID();
        UUID scored = UUID.randomUUID();
        UUID pending = UUID.randomUUID();
        jdbc.sql("""
                insert into legacy_scores.proposal (id, call_id, title, host_organisation_id, pi_account_id, pi_name,
                    status, created_at, updated_at, version)
                values (?, ?, 'Old', ?, ?, 'PI', 'REVIEWED', now(), now(), 0)""")
                .params(proposal, call, UUID.randomUUID(), UUID.randomUUID()).update();
        jdbc.sql("""
                insert into legacy_scores.review_assignment (id, proposal_id, expert_account_id, expert_name, status,
                    scientific_value, innovation, feasibility, team, total, opinion, assigned_at, submitted_at,
                    declared_at, version)
                values (?, ?, ?, 'E1', 'SUBMITTED', 9, 8, 8, 7, 81.00, 'Good', now(), now(), now(), 1),
                       (?, ?, ?, 'E2', 'ASSIGNED', null, null, null, null, null, null, now(), null, null, 0)""")
                .params(scored, proposal, UUID.randomUUID(), pending, proposal, UUID.randomUUID()).update();

        flyway("latest").migrate();

        assertThat(jdbc.sql("select criterion, weight from legacy_scores.review_sheet_criterion where call_id = ?"
                        + " order by position").param(call)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2))).list())
                .extracting(Map.Entry::getKey).containsExactly("SCIENTIFIC_VALUE", "INNOVATION", "FEASIBILITY", "TEAM");
        assertThat(jdbc.sql("select total from legacy_scores.review_scorecard where id = ? and submitted_at is not null")
                .param(scored).query(BigDecimal.class).single()).isEqualByComparingTo("81.00");
        assertThat(jdbc.sql("select sum(score) from legacy_scores.review_score where scorecard_id = ?").param(scored)
                .query(Integer.class).single()).isEqualTo(32);
        assertThat(jdbc.sql("select count(*) from legacy_scores.review_scorecard where id = ?").param(pending)
                .query(Integer.class).single()).isZero();
        // The migrated sheet gives the same total as the old fixed weights did.
        ScoreSheet old = ScoreSheet.parse("SCIENTIFIC_VALUE:30:10;INNOVATION:25:10;FEASIBILITY:25:10;TEAM:20:10");
        assertThat(old.total(Map.of(ScoreCriterion.SCIENTIFIC_VALUE, 9,
                ScoreCriterion.INNOVATION, 8, ScoreCriterion.FEASIBILITY, 8,
                ScoreCriterion.TEAM, 7))).isEqualByComparingTo("81.00");
    }
}
