package org.kstp.project.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** One payment of project funds, in yuan (scale 2), as recorded by bureau staff. */
@Table("project_disbursement")
public record Disbursement(BigDecimal amount, String note, UUID recordedBy, String recordedByName,
                           Instant recordedAt) {
}
