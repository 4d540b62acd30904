package org.kstp.program;

import java.math.BigDecimal;

/**
 * The fields of a call item as the bureau writes them.
 *
 * @param budgetCap the most one proposal under this item may request; null: only the call's cap applies
 * @param maxFunded how many projects the item funds at most; null: no limit of its own
 */
public record CallItemDraft(String title, String researchGoals, String indicators, BigDecimal budgetCap,
                            Integer maxFunded) {
}
