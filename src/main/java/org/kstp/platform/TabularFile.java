package org.kstp.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.kstp.common.RuleViolation;
import org.kstp.platform.imports.Xlsx;

/**
 * A list uploaded for import (CSV or Excel), read into rows of trimmed-or-not strings. The format is
 * decided from the bytes, never from the name or the browser's claim: a ZIP package with a workbook
 * is Excel, strict UTF-8 text without NUL bytes is CSV, anything else is refused. The name's
 * extension must agree, because staff keep the file under that name and open it again later.
 */
public final class TabularFile {

    /** The formats an import accepts. */
    public enum Format {
        /** Comma-separated text, UTF-8 with or without BOM. */
        CSV,
        /** Excel 2007+ workbook; only the first sheet is read. */
        XLSX
    }

    /** The rows of the file, header first; each row is the cells as text (empty string for a blank cell). */
    public record Table(Format format, List<List<String>> rows) {
    }

    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private TabularFile() {
    }

    /** Checks size and type without parsing; refuses with platform.import.* keys. */
    public static Format sniff(byte[] bytes, String filename, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new RuleViolation("platform.import.empty");
        }
        if (bytes.length > maxBytes) {
            throw new RuleViolation("platform.import.tooLarge", maxBytes / (1024 * 1024));
        }
        Format format;
        if (startsWith(bytes, ZIP)) {
            format = Format.XLSX;
        } else if (startsWith(bytes, OLE2)) {
            throw new RuleViolation("platform.import.oldExcel");
        } else if (isUtf8Text(bytes)) {
            format = Format.CSV;
        } else {
            throw new RuleViolation("platform.import.type");
        }
        String extension = extension(filename);
        if (!extension.equals(format.name().toLowerCase(Locale.ROOT))) {
            throw new RuleViolation("platform.import.extensionMismatch", filename == null ? "" : filename,
                    format.name());
        }
        return format;
    }

    /** Sniffs, then reads every row of the file (the first sheet of a workbook). */
    public static Table read(byte[] bytes, String filename, long maxBytes) {
        Format format = sniff(bytes, filename, maxBytes);
        if (format == Format.CSV) {
            return new Table(format, Csv.parse(bytes));
        }
        try {
            return new Table(format, Xlsx.read(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException unreadable) {
            throw new RuleViolation("platform.import.unreadable", filename == null ? "" : filename);
        }
    }

    private static boolean isUtf8Text(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
