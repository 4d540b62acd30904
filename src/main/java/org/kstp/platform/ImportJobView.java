package org.kstp.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A background import as its page shows it.
 *
 * @param total data rows in the file (known once it is read)
 * @param done rows checked (while checking) or recorded (while importing) so far
 * @param errorKey why the job failed, as a message key with {@code errorArgs}
 */
public record ImportJobView(UUID id, String kind, String fileName, TabularFile.Format format, UUID ownerId,
                            ImportJobStatus status, int total, int done, int refused, Integer imported,
                            String errorKey, List<String> errorArgs, Instant createdAt) {

    /** Whole percent of the current phase, for the progress bar. */
    public int percent() {
        return total <= 0 ? 0 : Math.min(100, (int) (100L * done / total));
    }

    /** Still working: the page keeps polling. */
    public boolean running() {
        return status == ImportJobStatus.CHECKING || status == ImportJobStatus.IMPORTING;
    }

    public boolean committable() {
        return status == ImportJobStatus.CHECKED && refused == 0 && total > 0;
    }
}
