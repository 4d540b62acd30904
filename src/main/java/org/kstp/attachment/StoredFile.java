package org.kstp.attachment;

/**
 * One accepted upload: the content's hash (its storage key), its size, the type detected from its
 * bytes, and the cleaned file name the uploader gave it (names belong to uploads, not to content).
 */
public record StoredFile(String sha256, long size, FileType detectedType, String filename) {
}
