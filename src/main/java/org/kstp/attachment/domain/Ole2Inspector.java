package org.kstp.attachment.domain;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.kstp.attachment.FileType;

/**
 * Tells Word, Excel and PowerPoint 97-2003 files apart. All three (and Outlook messages, installers
 * and more) are OLE2 compound files with the same header; the main stream's name says which it is.
 * Directory entries are 128 bytes long and sectors are multiples of 128, so every entry starts at a
 * 128-byte boundary of the file: checking only those boundaries finds the names without parsing the
 * allocation tables, and text inside the document cannot fake a name there by accident.
 */
final class Ole2Inspector {

    private static final int ENTRY = 128;
    private static final int NAME_LENGTH_OFFSET = 64;
    private static final Map<byte[], FileType> MAIN_STREAMS = Map.of(
            utf16("WordDocument"), FileType.DOC,
            utf16("Workbook"), FileType.XLS,
            utf16("PowerPoint Document"), FileType.PPT);

    private Ole2Inspector() {
    }

    /** The legacy Office types whose main stream is present; empty for any other compound file. */
    static Set<FileType> officeTypes(Path file) throws IOException {
        Set<FileType> found = EnumSet.noneOf(FileType.class);
        byte[] entry = new byte[ENTRY];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            while (in.readNBytes(entry, 0, ENTRY) == ENTRY) {
                MAIN_STREAMS.forEach((name, type) -> {
                    if (isEntryNamed(entry, name)) {
                        found.add(type);
                    }
                });
            }
        }
        return found;
    }

    /** A directory entry: UTF-16LE name, then at offset 64 its length in bytes including the terminator. */
    private static boolean isEntryNamed(byte[] entry, byte[] name) {
        int declared = (entry[NAME_LENGTH_OFFSET] & 0xFF) | (entry[NAME_LENGTH_OFFSET + 1] & 0xFF) << 8;
        return declared == name.length + 2 && Arrays.equals(entry, 0, name.length, name, 0, name.length);
    }

    static byte[] utf16(String name) {
        return name.getBytes(StandardCharsets.UTF_16LE);
    }
}
