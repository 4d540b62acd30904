package org.kstp.attachment.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload received into a temporary file, with its hash and size. Closing deletes the file if it
 * is still there, so a refused or failed upload leaves nothing behind.
 *
 * @param size bytes received; larger than the limit means reading stopped there and the upload is refused
 */
record TempUpload(Path file, String sha256, long size) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
