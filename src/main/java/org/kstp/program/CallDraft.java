package org.kstp.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The fields of a new call. The routing stages, budget rules, concurrency limits and county quotas
 * are chosen per call; {@code RuleDefaults} supplies today's rules as the starting values.
 */
public record CallDraft(String title, String guideline, Instant opensAt, Instant closesAt, BigDecimal budgetCap,
                        boolean endorsementRequired, boolean recommendationRequired, String indirectTiers,
                        BigDecimal equipmentJustificationThreshold, ConcurrencyRules concurrency,
                        Map<String, Integer> countyQuotas) {

    public CallDraft {
        countyQuotas = countyQuotas == null ? Map.of() : Map.copyOf(countyQuotas);
    }
}
