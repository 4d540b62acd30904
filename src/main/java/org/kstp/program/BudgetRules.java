package org.kstp.program;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Budget rules of a call, after State Council General Office document No. 32 of 2021: indirect costs
 * are capped at a share of (direct costs minus equipment), the share falling by tier on each part of
 * that base (progressively, like the regulation's "the part up to 5 million ..."), and equipment items
 * from a threshold up need a justification.
 *
 * @param tiers ascending; the last tier has no upper bound
 */
public record BudgetRules(List<Tier> tiers, BigDecimal equipmentJustificationThreshold) {

    /** Rate applied to the part of the base up to {@code upTo} (null: no bound). */
    public record Tier(BigDecimal upTo, BigDecimal rate) {
    }

    public BudgetRules {
        tiers = List.copyOf(tiers);
    }

    /** Parses "5000000:0.30;10000000:0.25;*:0.20", the form stored on a call. */
    public static BudgetRules parse(String tiers, BigDecimal equipmentJustificationThreshold) {
        List<Tier> parsed = new ArrayList<>();
        for (String part : tiers.split(";")) {
            String[] bound = part.trim().split(":");
            parsed.add(new Tier("*".equals(bound[0].trim()) ? null : new BigDecimal(bound[0].trim()),
                    new BigDecimal(bound[1].trim())));
        }
        return new BudgetRules(parsed, equipmentJustificationThreshold);
    }

    /** The most indirect cost allowed on this base, to the fen, rounded down. */
    public BigDecimal indirectCap(BigDecimal base) {
        BigDecimal cap = BigDecimal.ZERO;
        BigDecimal lower = BigDecimal.ZERO;
        for (Tier tier : tiers) {
            if (base.compareTo(lower) <= 0) {
                break;
            }
            BigDecimal upper = tier.upTo() == null ? base : base.min(tier.upTo());
            cap = cap.add(upper.subtract(lower).multiply(tier.rate()));
            lower = upper;
        }
        return cap.setScale(2, RoundingMode.DOWN);
    }

    /** Whether a tier table is well formed: ascending bounds, rates in [0, 1], last one open. */
    public static boolean isValid(String tiers) {
        try {
            BudgetRules rules = parse(tiers, BigDecimal.ZERO);
            BigDecimal previous = BigDecimal.ZERO;
            for (int i = 0; i < rules.tiers.size(); i++) {
                Tier t = rules.tiers.get(i);
                boolean last = i == rules.tiers.size() - 1;
                if (t.rate().signum() < 0 || t.rate().compareTo(BigDecimal.ONE) > 0 || last != (t.upTo() == null)
                        || !last && t.upTo().compareTo(previous) <= 0) {
                    return false;
                }
                previous = last ? previous : t.upTo();
            }
            return !rules.tiers.isEmpty();
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
