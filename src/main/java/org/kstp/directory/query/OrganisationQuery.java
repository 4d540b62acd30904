package org.kstp.directory.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisation list for staff. The county scope is part of the SQL, so a county's staff never
 * receive another county's rows, whatever the page does with them.
 */
@Component
public class OrganisationQuery {

    /** Matches no county code: county staff whose account lacks a county see nothing rather than everything. */
    private static final String NO_COUNTY = "";

    private final JdbcClient jdbc;

    OrganisationQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(UUID id, String uscc, String name, String countyCode, String countyName,
                      boolean needsReview, Instant createdAt, String legalRepName) {
    }

    /** Organisations the actor may see, flagged ones first, then by name; at most {@code limit}. */
    public List<Row> visibleTo(Actor actor, int limit) {
        return jdbc.sql("""
                select o.id, o.uscc, o.name, o.county_code, c.name as county_name, o.needs_review, o.created_at,
                       o.legal_rep_name
                from directory_organisation o left join directory_county c on c.code = o.county_code
                where cast(:county as text) is null or o.county_code = :county
                order by o.needs_review desc, o.name, o.uscc
                limit :limit""")
                .param("county", countyScope(actor))
                .param("limit", limit)
                .query(Row.class).list();
    }

    /** Null for the bureau (all counties); the actor's county for county staff; never null for anyone else. */
    static String countyScope(Actor actor) {
        if (actor.has(Role.BUREAU_STAFF)) {
            return null;
        }
        return actor.countyCode() == null ? NO_COUNTY : actor.countyCode();
    }
}
