package org.kstp.proposal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** One assessable indicator the project promises, e.g. "demonstration orchards", 2000, "mu". */
@Table("proposal_indicator")
public record AssessableIndicator(String name, String targetValue, String unit) {
}
