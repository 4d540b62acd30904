package org.kstp.attachment;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one upload may be. Data, not constants, because each call may set its own limits.
 *
 * @param maxBytes largest accepted file
 * @param allowedTypes detected types accepted; anything else is refused
 */
public record UploadLimits(long maxBytes, Set<FileType> allowedTypes) {

    private static final long MEGABYTE = 1024L * 1024L;

    public UploadLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        allowedTypes = Set.copyOf(allowedTypes);
    }

    /** All supported types, up to the given size. */
    public static UploadLimits megabytes(int maxMegabytes) {
        return new UploadLimits(maxMegabytes * MEGABYTE, EnumSet.allOf(FileType.class));
    }

    /** The limit as users read it in messages. */
    public long maxMegabytes() {
        return Math.max(1, maxBytes / MEGABYTE);
    }

    public boolean allows(FileType type) {
        return allowedTypes.contains(type);
    }
}
