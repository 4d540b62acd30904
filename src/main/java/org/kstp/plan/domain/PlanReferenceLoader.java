package org.kstp.plan.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Loads the plan from the shipped YAML at every start, before anything that tags data with tasks or
 * industries runs. Upserts by code in one transaction; entries dropped from the file are kept,
 * because programmes and projects may already point at them.
 */
@Component
@Order(0)
public class PlanReferenceLoader implements ApplicationRunner {

    static final String LOCATION = "reference/kashgar-14th-fyp.yaml";
    private static final Logger log = LoggerFactory.getLogger(PlanReferenceLoader.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    PlanReferenceLoader(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    public void load() {
        Map<String, Object> plan = read();
        transaction.executeWithoutResult(status -> {
            upsertTasks(list(plan, "tasks"));
            upsertIndicators(list(plan, "indicators"));
            upsertNamed("plan_industry", list(plan, "industries"));
            upsertNamed("plan_carrier_kind", list(plan, "platform_kinds"));
        });
        log.info("Plan reference data loaded from {}", LOCATION);
    }

    private void upsertTasks(List<Map<String, Object>> tasks) {
        List<Object[]> taskRows = new ArrayList<>();
        List<Object[]> itemRows = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) {
            Map<String, Object> task = tasks.get(t);
            taskRows.add(new Object[] {text(task, "code"), text(task, "name_zh"), text(task, "programme_zh"), t + 1});
            List<Map<String, Object>> items = list(task, "items");
            for (int i = 0; i < items.size(); i++) {
                itemRows.add(new Object[] {text(items.get(i), "code"), text(task, "code"),
                        text(items.get(i), "name_zh"), i + 1});
            }
        }
        jdbc.batchUpdate("""
                insert into plan_task (code, name, programme_name, position) values (?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, programme_name = excluded.programme_name,
                    position = excluded.position""", taskRows);
        jdbc.batchUpdate("""
                insert into plan_task_item (code, task_code, name, position) values (?, ?, ?, ?)
                on conflict (code) do update set task_code = excluded.task_code, name = excluded.name,
                    position = excluded.position""", itemRows);
    }

    private void upsertIndicators(List<Map<String, Object>> indicators) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Map<String, Object> indicator = indicators.get(i);
            rows.add(new Object[] {text(indicator, "code"), text(indicator, "name_zh"), text(indicator, "unit"),
                    number(indicator.get("baseline_2020")), number(indicator.get("target_2025")),
                    text(indicator, "note"), i + 1});
        }
        jdbc.batchUpdate("""
                insert into plan_indicator (code, name, unit, baseline_2020, target_2025, note, position)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, unit = excluded.unit,
                    baseline_2020 = excluded.baseline_2020, target_2025 = excluded.target_2025,
                    note = excluded.note, position = excluded.position""", rows);
    }

    /** Industries and carrier kinds share a shape: code, name, position. */
    private void upsertNamed(String table, List<Map<String, Object>> entries) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            rows.add(new Object[] {text(entries.get(i), "code"), text(entries.get(i), "name_zh"), i + 1});
        }
        jdbc.batchUpdate("insert into " + table + " (code, name, position) values (?, ?, ?) "
                + "on conflict (code) do update set name = excluded.name, position = excluded.position", rows);
    }

    private static Map<String, Object> read() {
        // SafeConstructor: the file is ours, but a data file must never instantiate classes.
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            return yaml.load(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + LOCATION, unreadable);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    /** Via the decimal text, so 0.055 stays exactly 0.055 instead of the nearest double. */
    static BigDecimal number(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
