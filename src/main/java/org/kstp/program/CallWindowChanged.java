package org.kstp.program;

import java.time.Instant;
import java.util.UUID;

/**
 * A call's deadline or grace period changed. Published so that owners of drafts hear of an extension
 * from KSTP itself, not by rumour, and so reminders follow the new deadline.
 */
public record CallWindowChanged(UUID callId, String title, Instant oldClosesAt, Instant newClosesAt,
                                int graceMinutes, String reason) {
}
