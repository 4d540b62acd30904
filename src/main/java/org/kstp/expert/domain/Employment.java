package org.kstp.expert.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A past (or current, when {@code toDate} is null) employer, for the same-organisation-within-N-years rule. */
@Table("expert_employment")
public record Employment(UUID organisationId, LocalDate fromDate, LocalDate toDate) {
}
