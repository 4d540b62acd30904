package org.kstp.directory.query;

import java.util.List;
import java.util.Optional;
import org.kstp.directory.CountySummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counties with their township and village counts, each answered by one query. */
@Component
public class RegionQuery {

    // Counted in sub-selects rather than by joining both tables, which would multiply the rows.
    private static final String COUNTIES = """
            select c.code, c.name,
                   (select count(*) from directory_township t where t.county_code = c.code) as townships,
                   (select count(*) from directory_village v where v.county_code = c.code) as villages
            from directory_county c""";

    private final JdbcClient jdbc;

    RegionQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In code order, which is the official order of the NBS tables. */
    public List<CountySummary> counties() {
        return jdbc.sql(COUNTIES + " order by c.code").query(CountySummary.class).list();
    }

    public Optional<CountySummary> county(String code) {
        return jdbc.sql(COUNTIES + " where c.code = ?").param(code).query(CountySummary.class).optional();
    }
}
