package org.kstp.program;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A call as seen from outside the program module.
 *
 * @param acceptingProposals published and inside its window at the time of the query
 * @param endorsementRequired proposals go through host-institution endorsement
 * @param recommendationRequired proposals go through county recommendation
 * @param countyQuotas how many proposals each county may recommend (absent county: none)
 * @param formalCheckItems the codes of the call's formal-check list, labelled {@code program.checkItem.<CODE>}
 * @param graceMinutes submissions are still taken this long after {@code closesAt}
 * @param items the call's items in order; when not empty, each proposal answers one of them
 * @param requiredSections optional parts of the proposal form this call requires
 * @param checkHostLegalRepresentative the host's legal representative is checked against the integrity register
 */
public record CallView(UUID id, UUID programId, String programName, String planTaskCode, String title,
                       String guideline, Instant opensAt, Instant closesAt, BigDecimal budgetCap,
                       boolean endorsementRequired, boolean recommendationRequired, boolean acceptingProposals,
                       BudgetRules budgetRules, ConcurrencyRules concurrencyRules, Map<String, Integer> countyQuotas,
                       List<String> formalCheckItems, int graceMinutes, List<CallItemView> items,
                       Set<RequiredSection> requiredSections, boolean checkHostLegalRepresentative) {

    public CallView {
        countyQuotas = countyQuotas == null ? Map.of() : Map.copyOf(countyQuotas);
        formalCheckItems = formalCheckItems == null ? List.of() : List.copyOf(formalCheckItems);
        items = items == null ? List.of() : List.copyOf(items);
        requiredSections = requiredSections == null ? Set.of() : Set.copyOf(requiredSections);
    }

    /** The item of this call with that id; empty for null or an item of another call. */
    public Optional<CallItemView> item(UUID itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public boolean requires(RequiredSection section) {
        return requiredSections.contains(section);
    }

    /** After the published deadline but still inside the grace period. */
    public boolean inGracePeriod(Instant now) {
        return acceptingProposals && !now.isBefore(closesAt);
    }
}
