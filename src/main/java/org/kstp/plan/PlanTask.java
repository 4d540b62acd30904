package org.kstp.plan;

import java.util.List;

/** A task with its flagship programme name and its items. */
public record PlanTask(String code, String name, String programmeName, List<Item> items) {

    public record Item(String code, String name) {
    }
}
