package org.kstp.plan;

/** One of the plan's ten industries. */
public record PlanIndustry(String code, String name) {
}
