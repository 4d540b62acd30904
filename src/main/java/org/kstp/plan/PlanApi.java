package org.kstp.plan;

import java.util.List;
import java.util.Optional;

/** The plan's structure, for programmes, proposals and the portal. */
public interface PlanApi {

    /** The six tasks (T1..T6) in order, each with its items. */
    List<PlanTask> tasks();

    /** One task by its code (T1..T6), for tagging and validating a programme or project. */
    Optional<PlanTask> task(String code);

    /** The ten industries in the plan's order. */
    List<PlanIndustry> industries();

    /** The eight indicators in the plan's order. */
    List<PlanIndicator> indicators();
}
