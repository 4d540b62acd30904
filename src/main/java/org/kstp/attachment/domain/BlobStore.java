package org.kstp.attachment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Files on disk, named by the SHA-256 of their content under files/ab/cd/. A file appears under its
 * name only complete and synced (temporary file, fsync, atomic rename), so a crash never leaves a
 * half-written file that a later identical upload would take for stored. Identical content is kept once.
 */
final class BlobStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;

    BlobStore(Path root) {
        this.root = root;
    }

    /** Copies the stream into a temporary file, hashing as it goes; stops one byte past maxBytes. */
    TempUpload receive(InputStream in, long maxBytes) throws IOException {
        Path tmpDir = Files.createDirectories(root.resolve("tmp"));
        Path tmp = Files.createTempFile(tmpDir, "upload-", ".part");
        MessageDigest digest = sha256();
        long size = 0;
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while (size <= maxBytes && (n = in.readNBytes(buffer, 0, (int) Math.min(BUFFER, maxBytes + 1 - size))) > 0) {
                digest.update(buffer, 0, n);
                out.write(ByteBuffer.wrap(buffer, 0, n));
                size += n;
            }
            out.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return new TempUpload(tmp, HexFormat.of().formatHex(digest.digest()), size);
    }

    /** Moves the upload to its content address, unless identical content is already there. */
    void commit(TempUpload upload) throws IOException {
        Path target = path(upload.sha256());
        if (Files.exists(target)) {
            return;
        }
        Path dir = Files.createDirectories(target.getParent());
        // Rename replaces atomically: a concurrent identical upload that wins the race wrote the same bytes.
        Files.move(upload.file(), target, StandardCopyOption.ATOMIC_MOVE);
        syncDirectory(dir);
    }

    /** Where content with this hash lives; refuses anything that is not a hash, so no path can escape. */
    Path path(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    static boolean isHash(String value) {
        return value != null && SHA256.matcher(value).matches();
    }

    /** The rename itself is durable only once the directory is synced. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // Some file systems cannot open directories; the data itself is already synced.
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
