package org.kstp.proposal.domain;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Table;

/** Money the applicant brings from another source (own funds, enterprise, county), outside the request. */
@Table("proposal_co_funding")
public record CoFunding(String source, BigDecimal amount) {
}
