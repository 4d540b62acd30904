package org.kstp.demand.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** One step of a demand's history, shown to the submitter and staff as its timeline. */
@Table("demand_status_change")
public record DemandStatusChange(DemandStatus fromStatus, DemandStatus toStatus, DemandAction action, UUID actorId,
                                 String actorName, String comment, Instant at) {
}
