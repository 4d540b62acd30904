package org.kstp.expert.coi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kstp.expert.domain.Availability;
import org.kstp.expert.domain.Employment;
import org.kstp.expert.domain.ExpertStatus;
import org.kstp.expert.domain.Relation;
import org.kstp.expert.domain.RelationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the whole pool for the index in four queries (one per table), not one aggregate at a time:
 * a province-sized pool of 70,000 experts loads in seconds at start.
 */
@Component
class PoolLoader {

    private final JdbcClient jdbc;

    PoolLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ExpertFacts> loadAll() {
        Map<UUID, List<Relation>> relations = new HashMap<>();
        jdbc.sql("select expert_id, kind, other_account_id, other_name, from_date, to_date from expert_relation")
                .query((ResultSet rs) -> {
                    relations.computeIfAbsent(uuid(rs, 1), k -> new ArrayList<>()).add(new Relation(
                            RelationKind.valueOf(rs.getString(2)), uuid(rs, 3), rs.getString(4), date(rs, 5), date(rs, 6)));
                });
        Map<UUID, List<Employment>> employments = new HashMap<>();
        jdbc.sql("select expert_id, organisation_id, from_date, to_date from expert_employment")
                .query((ResultSet rs) -> {
                    employments.computeIfAbsent(uuid(rs, 1), k -> new ArrayList<>())
                            .add(new Employment(uuid(rs, 2), date(rs, 3), date(rs, 4)));
                });
        Map<UUID, List<Availability>> availability = new HashMap<>();
        jdbc.sql("select expert_id, from_date, to_date from expert_availability").query((ResultSet rs) -> {
            availability.computeIfAbsent(uuid(rs, 1), k -> new ArrayList<>()).add(new Availability(date(rs, 2), date(rs, 3)));
        });
        return jdbc.sql("select account_id, name, username, status, employer_organisation_id, region from expert")
                .query((rs, n) -> {
                    UUID id = uuid(rs, 1);
                    return new ExpertFacts(id, rs.getString(2), rs.getString(3), ExpertStatus.valueOf(rs.getString(4)),
                            uuid(rs, 5), employments.getOrDefault(id, List.of()), relations.getOrDefault(id, List.of()),
                            rs.getString(6), availability.getOrDefault(id, List.of()));
                }).list();
    }

    private static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
