package org.kstp.program.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** One row of a call's status history. */
@Table("program_call_status_change")
public record CallStatusChange(CallStatus fromStatus, CallStatus toStatus, CallAction action, UUID actorId,
                               String actorName, String comment, Instant at) {
}
