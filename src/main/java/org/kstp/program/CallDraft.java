package org.kstp.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a new call. The routing stages, budget rules, concurrency limits, county quotas and
 * the parts of the proposal form it requires are chosen per call; {@code RuleDefaults} supplies
 * today's rules as the starting values.
 */
public record CallDraft(String title, String guideline, Instant opensAt, Instant closesAt, BigDecimal budgetCap,
                        boolean endorsementRequired, boolean recommendationRequired, String indirectTiers,
                        BigDecimal equipmentJustificationThreshold, ConcurrencyRules concurrency,
                        Map<String, Integer> countyQuotas, Set<RequiredSection> requiredSections) {

    public CallDraft {
        countyQuotas = countyQuotas == null ? Map.of() : Map.copyOf(countyQuotas);
        requiredSections = requiredSections == null ? Set.of() : Set.copyOf(requiredSections);
    }

    /** A call that requires none of the optional form parts. */
    public CallDraft(String title, String guideline, Instant opensAt, Instant closesAt, BigDecimal budgetCap,
                     boolean endorsementRequired, boolean recommendationRequired, String indirectTiers,
                     BigDecimal equipmentJustificationThreshold, ConcurrencyRules concurrency,
                     Map<String, Integer> countyQuotas) {
        this(title, guideline, opensAt, closesAt, budgetCap, endorsementRequired, recommendationRequired,
                indirectTiers, equipmentJustificationThreshold, concurrency, countyQuotas, Set.of());
    }
}
