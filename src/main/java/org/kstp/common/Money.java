package org.kstp.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in yuan, exact to the fen. Never double: budgets are checked to the fen. */
public final class Money {

    private Money() {
    }

    /** Normalises an amount to scale 2, refusing fractions of a fen and negative amounts. */
    public static BigDecimal yuan(BigDecimal amount) {
        if (amount == null) {
            throw new RuleViolation("common.money.required");
        }
        if (amount.signum() < 0) {
            throw new RuleViolation("common.money.negative");
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException finerThanFen) {
            throw new RuleViolation("common.money.fen");
        }
    }
}
