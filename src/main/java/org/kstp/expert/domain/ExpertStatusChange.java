package org.kstp.expert.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** One row of an expert's status history. */
@Table("expert_status_change")
public record ExpertStatusChange(ExpertStatus fromStatus, ExpertStatus toStatus, ExpertAction action, UUID actorId,
                                 String actorName, String comment, Instant at) {
}
