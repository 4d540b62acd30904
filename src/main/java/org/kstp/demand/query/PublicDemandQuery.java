package org.kstp.demand.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kstp.demand.DemandLink;
import org.kstp.directory.DirectoryApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Published demands for the public page. The contact columns are never selected here, so no
 * template mistake can put personal data on a public page.
 */
@Component
public class PublicDemandQuery {

    private static final String SELECT = """
            select d.id, d.title, d.problem, d.industry_code, d.gbt_industry_code, d.county_code,
                   d.expected_outcome, d.co_funding, o.name as organisation_name,
                   (select max(h.at) from demand_status_change h
                     where h.demand_id = d.id and h.action = 'PUBLISH') as published_at
            from demand_technology_demand d left join %s o on o.id = d.organisation_id
            where d.status = 'PUBLISHED'
            """.formatted(DirectoryApi.ORGANISATION_VIEW);

    private final JdbcClient jdbc;

    PublicDemandQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A published demand as anyone may see it.
     *
     * @param organisationName null when a county bureau submitted it for its county
     */
    public record PublicDemand(UUID id, String title, String problem, String industryCode, String gbtIndustryCode,
                               String countyCode, String expectedOutcome, BigDecimal coFunding,
                               String organisationName, Instant publishedAt) {
    }

    /** Published demands, newest first, optionally of one of the plan's industries. */
    public List<PublicDemand> list(String industryCode) {
        return jdbc.sql(SELECT + " and (cast(:industry as text) is null or d.industry_code = :industry)"
                        + " order by published_at desc nulls last limit 500")
                .param("industry", industryCode == null || industryCode.isBlank() ? null : industryCode)
                .query(PublicDemand.class).list();
    }

    public Optional<PublicDemand> demand(UUID id) {
        return jdbc.sql(SELECT + " and d.id = :id").param("id", id).query(PublicDemand.class).optional();
    }

    /** The calls a published demand feeds; the trail decides which of them the public may see. */
    public List<DemandLink> links(UUID id) {
        return jdbc.sql("select call_id, call_item_id from demand_call_link where demand_id = :id")
                .param("id", id).query((rs, n) -> new DemandLink(rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class))).list();
    }
}
