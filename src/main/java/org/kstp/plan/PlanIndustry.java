package org.kstp.plan;

/** One of the plan's ten industries (十大产业). */
public record PlanIndustry(String code, String name) {
}
