package org.kstp.platform;

/** Where a background import stands. */
public enum ImportJobStatus {
    /** The file is being read and every line checked (the dry run); nothing is written. */
    CHECKING,
    /** The dry run is done; the import may be committed if no line was refused. */
    CHECKED,
    /** The lines are being recorded, all in one transaction. */
    IMPORTING,
    /** Every line was recorded. */
    IMPORTED,
    /** The file could not be read or the import was refused or interrupted; nothing was recorded. */
    FAILED
}
