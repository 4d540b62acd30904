package org.kstp.proposal.domain;

import java.math.BigDecimal;
import java.util.List;

/** A proposal's budget: the sums the rules are checked against, exact to the fen. */
public record Budget(List<BudgetLine> lines, BigDecimal indirect, List<CoFunding> coFunding) {

    public Budget {
        lines = lines == null ? List.of() : List.copyOf(lines);
        coFunding = coFunding == null ? List.of() : List.copyOf(coFunding);
        indirect = indirect == null ? BigDecimal.ZERO.setScale(2) : indirect;
    }

    public BigDecimal direct() {
        return sum(lines.stream().map(BudgetLine::amount).toList());
    }

    public BigDecimal direct(CostCategory category) {
        return sum(lines.stream().filter(l -> l.category() == category).map(BudgetLine::amount).toList());
    }

    /**
     * The base of the indirect-cost cap: direct costs minus equipment purchase (State Council General Office
     * No. 32, 2021);
     * equipment rental, upgrade and trial manufacture stay in the base.
     */
    public BigDecimal indirectBase() {
        return direct().subtract(sum(lines.stream().filter(BudgetLine::isEquipmentPurchase)
                .map(BudgetLine::amount).toList()));
    }

    /** What is asked of the programme: direct plus indirect costs. */
    public BigDecimal requested() {
        return direct().add(indirect);
    }

    public BigDecimal coFunded() {
        return sum(coFunding.stream().map(CoFunding::amount).toList());
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
