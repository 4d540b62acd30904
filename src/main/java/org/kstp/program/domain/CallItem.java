package org.kstp.program.domain;

import java.math.BigDecimal;
import java.util.UUID;
import org.kstp.common.Money;
import org.kstp.common.RuleViolation;
import org.kstp.program.CallItemDraft;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One item of a call. Its id outlives edits, because proposals and demands point at it
 * while the call rewrites its item rows on every save.
 */
@Table("program_call_item")
public record CallItem(UUID itemId, String title, String researchGoals, String indicators, BigDecimal budgetCap,
                       Integer maxFunded) {

    /** Checks the bureau's input against the call's own cap; each refusal names the field it concerns. */
    static CallItem of(UUID itemId, CallItemDraft d, BigDecimal callCap) {
        if (blank(d.title())) {
            throw new RuleViolation("program.item.titleRequired");
        }
        if (blank(d.researchGoals())) {
            throw new RuleViolation("program.item.goalsRequired");
        }
        if (blank(d.indicators())) {
            throw new RuleViolation("program.item.indicatorsRequired");
        }
        BigDecimal cap = d.budgetCap() == null ? null : Money.yuan(d.budgetCap());
        if (cap != null && cap.signum() <= 0) {
            throw new RuleViolation("program.item.capPositive");
        }
        if (cap != null && cap.compareTo(callCap) > 0) {
            throw new RuleViolation("program.item.capOverCall", callCap.toPlainString());
        }
        if (d.maxFunded() != null && d.maxFunded() < 1) {
            throw new RuleViolation("program.item.maxFundedPositive");
        }
        return new CallItem(itemId, d.title().trim(), d.researchGoals().trim(), d.indicators().trim(), cap,
                d.maxFunded());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
