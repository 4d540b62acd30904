package org.kstp.review.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.expert.ExpertApi;
import org.kstp.expert.ExpertView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An expert's yearly review cap (default 10 after Qingdao's rule; each expert's own figure is in
 * their profile): assignments in the current calendar year, in every round, count against it.
 */
@Component
public class YearlyLoad {

    private final JdbcClient jdbc;
    private final ExpertApi experts;
    private final Clock clock;

    YearlyLoad(JdbcClient jdbc, ExpertApi experts, Clock clock) {
        this.jdbc = jdbc;
        this.experts = experts;
        this.clock = clock;
    }

    public int assignedThisYear(UUID expertAccountId) {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        ZonedDateTime start = today.withDayOfYear(1).atStartOfDay(BusinessTime.ZONE);
        return jdbc.sql("select count(*) from review_assignment where expert_account_id = ? and assigned_at >= ?"
                        + " and assigned_at < ?")
                .params(expertAccountId, Timestamp.from(start.toInstant()), Timestamp.from(start.plusYears(1).toInstant()))
                .query(Integer.class).single();
    }

    public void requireRoom(UUID expertAccountId, String name) {
        int cap = experts.expert(expertAccountId).map(ExpertView::yearlyCap).orElse(0);
        int used = assignedThisYear(expertAccountId);
        if (used >= cap) {
            throw new RuleViolation("review.assign.yearlyCap", name, cap, used);
        }
    }
}
