package org.kstp.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.kstp.plan.PlanApi;
import org.kstp.plan.PlanIndicator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public, read-only plan data: the indicators are published figures, open to anyone. */
@RestController
@RequestMapping("/api/v1/plan")
@Tag(name = "Plan", description = "The Kashgar 14th five-year S&T plan")
class PlanApiController {

    private final PlanApi plan;

    PlanApiController(PlanApi plan) {
        this.plan = plan;
    }

    @GetMapping("/indicators")
    @Operation(summary = "The eight plan indicators with their 2020 baseline (null where the plan states none) "
            + "and 2025 target, exactly as published")
    List<PlanIndicator> indicators() {
        return plan.indicators();
    }
}
