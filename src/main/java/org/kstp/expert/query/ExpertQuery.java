package org.kstp.expert.query;

import java.util.List;
import java.util.UUID;
import org.kstp.directory.DirectoryApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The bureau's list of the pool, newest changes first, optionally one status only. */
@Component
public class ExpertQuery {

    private final JdbcClient jdbc;

    ExpertQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(UUID accountId, String name, String username, String title, String employer,
                      String disciplines, String keywords, String region, boolean partnerProvince, String status) {
    }

    public List<Row> list(String status) {
        return jdbc.sql("""
                select e.account_id, e.name, e.username, e.title, o.name as employer, e.disciplines, e.keywords,
                       e.region, e.partner_province, e.status
                from expert e left join %s o on o.id = e.employer_organisation_id
                where (cast(:status as text) is null or e.status = :status)
                order by e.updated_at desc limit 500""".formatted(DirectoryApi.ORGANISATION_VIEW))
                .param("status", status == null || status.isBlank() ? null : status)
                .query(Row.class).list();
    }
}
