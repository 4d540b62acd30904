package org.kstp.plan;

import java.util.List;

/** A task (重点任务) with its flagship programme name and its items (专栏条目). */
public record PlanTask(String code, String name, String programmeName, List<Item> items) {

    public record Item(String code, String name) {
    }
}
