package org.kstp.proposal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.demand.DemandLink;
import org.kstp.demand.DemandTrailContributor;
import org.kstp.demand.TrailStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The proposals that answer the call items a demand feeds, on the demand's page: call item →
 * proposals. Proposals are not public before award, so the public page gets none; bureau staff see all
 * submitted ones, others only those they lead or host.
 */
@Component
class ProposalTrail implements DemandTrailContributor {

    private final JdbcClient jdbc;

    ProposalTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TrailStep> steps(UUID demandId, List<DemandLink> links, Actor viewer) {
        List<TrailStep> steps = new ArrayList<>();
        if (viewer == null) {
            return steps;
        }
        for (DemandLink link : links) {
            steps.addAll(jdbc.sql("""
                    select id, tracking_number, title, pi_name, submitted_at from proposal
                    where call_id = :call and (cast(:item as uuid) is null or call_item_id = :item)
                      and submitted_at is not null
                      and (:bureau or pi_account_id = :me or host_organisation_id = :organisation)
                    order by submitted_at""")
                    .param("call", link.callId()).param("item", link.callItemId())
                    .param("bureau", viewer.has(Role.BUREAU_STAFF)).param("me", viewer.accountId())
                    .param("organisation", viewer.organisationId() == null ? new UUID(0, 0) : viewer.organisationId())
                    .query((rs, n) -> new TrailStep("demand.trail.proposals",
                            rs.getString("tracking_number") + " " + rs.getString("title"), rs.getString("pi_name"),
                            "/proposals/" + rs.getObject("id", UUID.class),
                            rs.getTimestamp("submitted_at").toInstant()))
                    .list());
        }
        return steps;
    }
}
