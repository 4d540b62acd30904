package org.kstp.proposal.query;

import java.util.List;
import java.util.UUID;
import org.kstp.proposal.ProposalDrafts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A read model over the proposal table: one query per call, no aggregates loaded. */
@Component
class UnsubmittedDrafts implements ProposalDrafts {

    private final JdbcClient jdbc;

    UnsubmittedDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UnsubmittedDraft> unsubmitted(UUID callId) {
        return jdbc.sql("""
                select id as proposal_id, title, pi_account_id from proposal
                where call_id = ? and status in ('DRAFT', 'RETURNED') order by created_at, id""")
                .param(callId).query(UnsubmittedDraft.class).list();
    }
}
