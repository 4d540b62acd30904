package org.kstp.plan;

import java.math.BigDecimal;

/**
 * A plan indicator. The baseline is null where the plan states none; values are kept exactly as
 * published (e.g. a target below its baseline).
 */
public record PlanIndicator(String code, String name, String unit, BigDecimal baseline2020, BigDecimal target2025) {
}
