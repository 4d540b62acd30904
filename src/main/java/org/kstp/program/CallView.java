package org.kstp.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A call as seen from outside the program module.
 *
 * @param acceptingProposals published and inside its window at the time of the query
 * @param endorsementRequired proposals go through host-institution endorsement
 * @param recommendationRequired proposals go through county recommendation
 * @param countyQuotas how many proposals each county may recommend (absent county: none)
 */
public record CallView(UUID id, UUID programId, String programName, String planTaskCode, String title,
                       String guideline, Instant opensAt, Instant closesAt, BigDecimal budgetCap,
                       boolean endorsementRequired, boolean recommendationRequired, boolean acceptingProposals,
                       BudgetRules budgetRules, ConcurrencyRules concurrencyRules, Map<String, Integer> countyQuotas) {

    public CallView {
        countyQuotas = countyQuotas == null ? Map.of() : Map.copyOf(countyQuotas);
    }
}
