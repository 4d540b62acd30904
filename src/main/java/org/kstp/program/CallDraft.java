package org.kstp.program;

import java.math.BigDecimal;
import java.time.Instant;

/** The fields of a new call; the routing stages are chosen per call. */
public record CallDraft(String title, String guideline, Instant opensAt, Instant closesAt, BigDecimal budgetCap,
                        boolean endorsementRequired, boolean recommendationRequired) {
}
