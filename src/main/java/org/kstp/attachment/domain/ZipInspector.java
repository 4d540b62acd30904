package org.kstp.attachment.domain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.kstp.attachment.FileType;

/**
 * Tells Office Open XML files (Word, Excel, PowerPoint) from other ZIP files by their entries. Reads
 * only the central directory, never decompresses, and refuses archives whose declared sizes would
 * make a zip bomb: whoever opens the file later (a reviewer's Office, an indexer) would decompress it.
 */
final class ZipInspector {

    static final int MAX_ENTRIES = 2_000;
    static final long MAX_TOTAL_UNCOMPRESSED = 256L * 1024 * 1024;
    static final long RATIO_CHECK_FROM = 1024L * 1024;
    static final long MAX_RATIO = 100;

    /** The archive is a zip bomb or close to one. */
    static final class UnsafeArchive extends Exception {
        UnsafeArchive(String why) {
            super(why, null, false, false);
        }
    }

    private ZipInspector() {
    }

    /** The OOXML types the entries name; empty for a ZIP that is no Office file or is corrupt. */
    static Set<FileType> officeTypes(Path file) throws IOException, UnsafeArchive {
        Set<FileType> types = EnumSet.noneOf(FileType.class);
        boolean contentTypes = false;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new UnsafeArchive("entries: " + zip.size());
            }
            long total = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                total += checkedSize(entry);
                if (total > MAX_TOTAL_UNCOMPRESSED) {
                    throw new UnsafeArchive("uncompressed total over " + MAX_TOTAL_UNCOMPRESSED);
                }
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                addType(types, name);
            }
        } catch (ZipException corrupt) {
            return Set.of();
        }
        return contentTypes ? types : Set.of();
    }

    private static long checkedSize(ZipEntry entry) throws UnsafeArchive {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size < 0 || compressed < 0) {
            throw new UnsafeArchive("undeclared size: " + entry.getName());
        }
        if (size > RATIO_CHECK_FROM && size / Math.max(compressed, 1) > MAX_RATIO) {
            throw new UnsafeArchive("compression ratio over " + MAX_RATIO + ": " + entry.getName());
        }
        return size;
    }

    private static void addType(Set<FileType> types, String name) {
        if (name.startsWith("word/")) {
            types.add(FileType.DOCX);
        } else if (name.startsWith("xl/")) {
            types.add(FileType.XLSX);
        } else if (name.startsWith("ppt/")) {
            types.add(FileType.PPTX);
        }
    }
}
