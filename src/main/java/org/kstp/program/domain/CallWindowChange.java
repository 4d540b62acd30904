package org.kstp.program.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** One change of a call's window: the deadline and grace period before and after, and why. */
@Table("program_call_window_change")
public record CallWindowChange(Instant oldClosesAt, Instant newClosesAt, int oldGrace, int newGrace, String reason,
                               UUID actorId, String actorName, Instant at) {

    public boolean extended() {
        return newClosesAt.isAfter(oldClosesAt);
    }
}
