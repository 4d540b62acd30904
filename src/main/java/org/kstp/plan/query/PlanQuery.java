package org.kstp.plan.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kstp.plan.PlanApi;
import org.kstp.plan.PlanIndicator;
import org.kstp.plan.PlanIndustry;
import org.kstp.plan.PlanTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plan is read-only at run time, so the whole API is a read model over the loaded tables. */
@Component
class PlanQuery implements PlanApi {

    private static final String TASKS = """
            select t.code, t.name, t.programme_name, i.code as item_code, i.name as item_name
            from plan_task t left join plan_task_item i on i.task_code = t.code""";

    private final JdbcClient jdbc;

    PlanQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PlanTask> tasks() {
        return assemble(jdbc.sql(TASKS + " order by t.position, i.position").query().listOfRows());
    }

    @Override
    public Optional<PlanTask> task(String code) {
        return assemble(jdbc.sql(TASKS + " where t.code = ? order by i.position").param(code)
                .query().listOfRows()).stream().findFirst();
    }

    @Override
    public List<PlanIndustry> industries() {
        return jdbc.sql("select code, name from plan_industry order by position").query(PlanIndustry.class).list();
    }

    @Override
    public List<PlanIndicator> indicators() {
        return jdbc.sql("""
                select code, name, unit, baseline_2020 as baseline2020, target_2025 as target2025
                from plan_indicator order by position""").query(PlanIndicator.class).list();
    }

    /** Folds the task-item join back into tasks, keeping the rows' order. */
    private static List<PlanTask> assemble(List<Map<String, Object>> rows) {
        Map<String, PlanTask> tasks = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            PlanTask task = tasks.computeIfAbsent((String) row.get("code"), code -> new PlanTask(code,
                    (String) row.get("name"), (String) row.get("programme_name"), new ArrayList<>()));
            if (row.get("item_code") != null) {
                task.items().add(new PlanTask.Item((String) row.get("item_code"), (String) row.get("item_name")));
            }
        }
        return tasks.values().stream()
                .map(t -> new PlanTask(t.code(), t.name(), t.programmeName(), List.copyOf(t.items())))
                .toList();
    }
}
