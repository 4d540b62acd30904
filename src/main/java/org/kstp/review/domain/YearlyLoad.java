package org.kstp.review.domain;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.expert.ExpertApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An expert's yearly load against their yearly cap ({@link ExpertApi#yearlyCap}, the one setting):
 * assignments in the current calendar year, in every round and by hand, count against it.
 */
@Component
public class YearlyLoad {

    private final JdbcClient jdbc;
    private final ExpertApi experts;
    private final BusinessTime time;

    YearlyLoad(JdbcClient jdbc, ExpertApi experts, BusinessTime time) {
        this.jdbc = jdbc;
        this.experts = experts;
        this.time = time;
    }

    public int assignedThisYear(UUID expertAccountId) {
        LocalDate newYear = time.today().withDayOfYear(1);
        return jdbc.sql("select count(*) from review_assignment where expert_account_id = ? and assigned_at >= ?"
                        + " and assigned_at < ?")
                .params(expertAccountId, Timestamp.from(time.startOf(newYear)),
                        Timestamp.from(time.startOf(newYear.plusYears(1))))
                .query(Integer.class).single();
    }

    /** How many more reviews the expert may take on this year (never negative). */
    public int room(UUID expertAccountId) {
        return Math.max(0, experts.yearlyCap(expertAccountId) - assignedThisYear(expertAccountId));
    }

    public void requireRoom(UUID expertAccountId, String name) {
        int cap = experts.yearlyCap(expertAccountId);
        int used = assignedThisYear(expertAccountId);
        if (used >= cap) {
            throw new RuleViolation("review.assign.yearlyCap", name, cap, used);
        }
    }
}
