package org.kstp.review.round;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** One row of a round's status history. */
@Table("review_round_status_change")
public record RoundStatusChange(RoundStatus fromStatus, RoundStatus toStatus, RoundAction action, UUID actorId,
                                String actorName, String comment, Instant at) {
}
