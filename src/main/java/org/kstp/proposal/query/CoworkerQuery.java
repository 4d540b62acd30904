package org.kstp.proposal.query;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.kstp.common.BusinessTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who worked with a PI: everyone who was PI or team member on another submitted proposal the PI was
 * on, with the latest submission date. Projects are approved proposals, so they are included; team
 * changes made later on a project are not (the project module does not report them yet).
 */
@Component
public class CoworkerQuery {

    private final JdbcClient jdbc;
    private final BusinessTime time;

    CoworkerQuery(JdbcClient jdbc, BusinessTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    public Map<UUID, LocalDate> coworkersOf(UUID piAccountId, UUID exceptProposal) {
        Map<UUID, LocalDate> result = new HashMap<>();
        jdbc.sql("""
                with mine as (
                    select p.id, p.submitted_at as at from proposal p
                    where p.id <> :except and p.submitted_at is not null
                      and (p.pi_account_id = :pi or exists (select 1 from proposal_team_member t
                                                            where t.proposal_id = p.id and t.account_id = :pi))),
                people as (
                    select m.at, p.pi_account_id as account from mine m join proposal p on p.id = m.id
                    union all
                    select m.at, t.account_id from mine m join proposal_team_member t on t.proposal_id = m.id
                    where t.account_id is not null)
                select account, max(at) as last from people where account <> :pi group by account
                """).param("pi", piAccountId).param("except", exceptProposal)
                .query((rs, n) -> result.put(rs.getObject(1, UUID.class),
                        time.dateOf(rs.getTimestamp(2).toInstant()))).list();
        return result;
    }
}
