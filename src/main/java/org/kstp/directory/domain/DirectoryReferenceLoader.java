package org.kstp.directory.domain;

import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads regions and classifications from the shipped CSVs at every start, before anything else
 * runs (demo seeding and other modules may need the counties). Upserts by code, and rewrites a row
 * only when it changed, so a restart costs one pass over ~5,900 rows and no table bloat; a
 * corrected file is picked up by a restart. Rows dropped from a file are kept: organisations and
 * projects may still point at them.
 */
@Component
@Order(0)
public class DirectoryReferenceLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectoryReferenceLoader.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DirectoryReferenceLoader(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads all files in one transaction: either the whole reference set is current or none of it changes. */
    public void load() {
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            upsert("counties.csv", """
                    insert into directory_county (code, name) values (?, ?)
                    on conflict (code) do update set name = excluded.name
                    where directory_county.name is distinct from excluded.name""",
                    r -> new Object[] {r.get("code"), r.get("name")});
            upsert("townships.csv", """
                    insert into directory_township (code, name, county_code, kind) values (?, ?, ?, ?)
                    on conflict (code) do update set name = excluded.name, county_code = excluded.county_code,
                        kind = excluded.kind
                    where (directory_township.name, directory_township.county_code, directory_township.kind)
                        is distinct from (excluded.name, excluded.county_code, excluded.kind)""",
                    r -> new Object[] {r.get("code"), r.get("name"), r.get("parent_code"), r.get("type")});
            upsert("villages.csv", """
                    insert into directory_village (code, name, township_code, county_code, kind) values (?, ?, ?, ?, ?)
                    on conflict (code) do update set name = excluded.name, township_code = excluded.township_code,
                        county_code = excluded.county_code, kind = excluded.kind
                    where (directory_village.name, directory_village.township_code, directory_village.county_code,
                           directory_village.kind)
                        is distinct from (excluded.name, excluded.township_code, excluded.county_code, excluded.kind)""",
                    r -> new Object[] {r.get("code"), r.get("name"), r.get("parent_code"), r.get("county_code"),
                            r.get("kind")});
            loadClassifications();
        });
        log.info("Directory reference data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void loadClassifications() {
        upsert("gbt13745_disciplines.csv", """
                insert into directory_discipline (code, name, level, parent_code) values (?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, level = excluded.level,
                    parent_code = excluded.parent_code
                where (directory_discipline.name, directory_discipline.level, directory_discipline.parent_code)
                    is distinct from (excluded.name, excluded.level, excluded.parent_code)""",
                r -> new Object[] {r.get("code"), r.get("name"), Integer.parseInt(r.get("level")),
                        r.get("parent_code")});
        upsert("gbt4754_2017_industries.csv", """
                insert into directory_industry_code (code, name, level, parent_code, section) values (?, ?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, level = excluded.level,
                    parent_code = excluded.parent_code, section = excluded.section
                where (directory_industry_code.name, directory_industry_code.level,
                       directory_industry_code.parent_code, directory_industry_code.section)
                    is distinct from (excluded.name, excluded.level, excluded.parent_code, excluded.section)""",
                r -> new Object[] {r.get("code"), r.get("name"), Integer.parseInt(r.get("level")),
                        r.get("parent_code"), r.get("section")});
    }

    private void upsert(String file, String sql, Function<ReferenceCsv.Row, Object[]> columns) {
        List<Object[]> batch = ReferenceCsv.read("reference/" + file).stream().map(columns).toList();
        jdbc.batchUpdate(sql, batch);
    }
}
