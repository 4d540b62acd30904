package org.kstp.review;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Staff reminded an expert of a review not yet submitted. The notification module tells the expert
 * in the application and by e-mail; {@code reminderId} is new for every reminder, so a second
 * reminder is a second notice, while a redelivered event is not.
 */
public record ReviewReminder(UUID reminderId, UUID assignmentId, UUID expertAccountId, String trackingNumber,
                             String title, LocalDate due) {
}
