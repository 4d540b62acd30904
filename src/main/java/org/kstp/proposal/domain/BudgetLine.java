package org.kstp.proposal.domain;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Table;

/** One direct-cost line of a proposal's budget. */
@Table("proposal_budget_line")
public record BudgetLine(CostCategory category, String item, BigDecimal amount, String justification) {
}
