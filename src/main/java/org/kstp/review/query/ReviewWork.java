package org.kstp.review.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.platform.NavGroup;
import org.kstp.platform.WorkCount;
import org.kstp.platform.WorkSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An expert's reviews not yet submitted, with the earliest due date of their rounds: only their own
 * assignments, as on "my reviews". A review assigned outside a round has no due date.
 */
@Component
class ReviewWork implements WorkSource {

    private final JdbcClient jdbc;

    ReviewWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WorkCount> workFor(Actor actor) {
        List<WorkCount> work = new ArrayList<>();
        if (!actor.has(Role.EXPERT)) {
            return work;
        }
        jdbc.sql("""
                select count(distinct a.id) as open, min(r.review_due) as due
                from review_assignment a
                left join review_round_invitation i on i.assignment_id = a.id
                left join review_round r on r.id = i.round_id
                where a.expert_account_id = :me and a.status = 'ASSIGNED'""")
                .param("me", actor.accountId())
                .query((rs, n) -> new WorkCount(NavGroup.REVIEW, "review.work.toScore", rs.getLong("open"),
                        "/review/assignments", rs.getObject("due", LocalDate.class)))
                .optional().filter(count -> count.count() > 0).ifPresent(work::add);
        return work;
    }
}
