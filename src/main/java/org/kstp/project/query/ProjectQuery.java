package org.kstp.project.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The project list, scoped in SQL like proposals: bureau all, county its own, institution its own, PI theirs. */
@Component
public class ProjectQuery {

    private final JdbcClient jdbc;

    ProjectQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(UUID id, String trackingNumber, String title, String piName, String countyCode,
                      BigDecimal approvedAmount, String status, Instant createdAt) {
    }

    public List<Row> list(Actor actor) {
        return jdbc.sql("""
                select id, tracking_number, title, pi_name, county_code, approved_amount, status, created_at
                from project
                where :bureau or (:county and county_code = :countyCode)
                   or (:institution and host_organisation_id = :organisation)
                   or (:applicant and pi_account_id = :me)
                order by created_at desc limit 500""")
                .param("bureau", actor.has(Role.BUREAU_STAFF))
                .param("county", actor.has(Role.COUNTY_STAFF))
                .param("countyCode", actor.countyCode() == null ? "" : actor.countyCode())
                .param("institution", actor.has(Role.INSTITUTION_ADMIN))
                .param("organisation", actor.organisationId() == null ? new UUID(0, 0) : actor.organisationId())
                .param("applicant", actor.has(Role.APPLICANT))
                .param("me", actor.accountId())
                .query(Row.class).list();
    }
}
