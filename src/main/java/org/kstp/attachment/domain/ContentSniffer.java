package org.kstp.attachment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.kstp.attachment.FileType;
import org.kstp.common.RuleViolation;

/**
 * Decides a file's type from its first bytes (and, for Office files, its structure), then insists
 * that the name's extension agrees. Content decides because names and declared types are whatever
 * the uploader's computer says; the extension must agree because reviewers open files by their name.
 */
final class ContentSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private ContentSniffer() {
    }

    /**
     * The detected type.
     *
     * @param filename the cleaned upload name, for its extension and for the messages
     * @throws RuleViolation attachment.refused.type, .extensionMismatch or .unsafeArchive
     */
    static FileType detect(Path file, String filename) throws IOException {
        Set<FileType> candidates = candidates(file, filename);
        if (candidates.isEmpty()) {
            throw new RuleViolation("attachment.refused.type", filename);
        }
        String extension = Filenames.extension(filename);
        return candidates.stream().filter(type -> type.matchesExtension(extension)).findFirst()
                .orElseThrow(() -> new RuleViolation("attachment.refused.extensionMismatch", filename,
                        "attachment.FileType." + candidates.iterator().next().name()));
    }

    /** The accepted types this content can be, in declaration order; empty when none. */
    static Set<FileType> candidates(Path file, String filename) throws IOException {
        byte[] head = head(file);
        if (startsWith(head, PDF)) {
            return Set.of(FileType.PDF);
        }
        if (startsWith(head, PNG)) {
            return Set.of(FileType.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Set.of(FileType.JPEG);
        }
        if (startsWith(head, OLE2)) {
            return Ole2Inspector.officeTypes(file);
        }
        if (startsWith(head, ZIP)) {
            try {
                return ZipInspector.officeTypes(file);
            } catch (ZipInspector.UnsafeArchive unsafe) {
                throw new RuleViolation("attachment.refused.unsafeArchive", filename);
            }
        }
        return Set.of();
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(OLE2.length);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
