package org.kstp.proposal.domain;

import java.util.UUID;
import org.kstp.common.RuleViolation;
import org.kstp.program.CallView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * County recommendation quotas (recommendation places per county and call). A place is used by a
 * proposal the county recommended that is still in the running; a proposal returned or withdrawn
 * gives its place back.
 */
@Component
public class CountyQuotas {

    private final JdbcClient jdbc;

    CountyQuotas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Places used and places granted for the county in the call. */
    public record Use(int used, int quota) {
        public boolean full() {
            return used >= quota;
        }
    }

    public Use use(CallView call, String countyCode) {
        int used = jdbc.sql("""
                select count(*) from proposal p
                where p.call_id = :call and p.county_code = :county
                  and p.status not in ('DRAFT', 'SUBMITTED', 'ENDORSED', 'RETURNED', 'WITHDRAWN')
                  and exists (select 1 from proposal_status_change c
                              where c.proposal_id = p.id and c.action = 'RECOMMEND')""")
                .param("call", call.id()).param("county", countyCode == null ? "" : countyCode)
                .query(Integer.class).single();
        return new Use(used, call.countyQuotas().getOrDefault(countyCode, 0));
    }

    /** Refuses a recommendation beyond the county's places, naming the numbers. */
    void requirePlace(CallView call, String countyCode, UUID proposalId) {
        Use use = use(call, countyCode);
        if (use.full()) {
            throw new RuleViolation("proposal.recommend.quotaFull", use.quota(), use.used());
        }
    }
}
