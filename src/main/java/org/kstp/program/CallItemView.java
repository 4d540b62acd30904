package org.kstp.program;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A call item as seen from outside the program module.
 *
 * @param number 1-based position in the call, as printed in the guideline ("item 2")
 * @param budgetCap per-proposal cap of this item; null when only the call's cap applies
 * @param maxFunded most projects funded under this item; null when unlimited
 */
public record CallItemView(UUID id, int number, String title, String researchGoals, String indicators,
                           BigDecimal budgetCap, Integer maxFunded) {
}
