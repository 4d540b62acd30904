package org.kstp.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small real files of each kind, built in memory, for tests that upload them. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A minimal but well-formed one-page PDF. */
    public static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    /** A Word document as Office writes it, reduced to the parts a reader needs. */
    public static byte[] docx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>",
                "word/document.xml", "<w:document/>"));
    }

    public static byte[] xlsx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"));
    }

    /** An OLE2 compound file whose directory holds a stream of this name (e.g. "WordDocument"). */
    public static byte[] ole2(String streamName) {
        byte[] file = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, file, 0, magic.length);
        directoryEntry(file, 512, "Root Entry");
        directoryEntry(file, 640, streamName);
        return file;
    }

    /** A Windows executable: "MZ" and padding. */
    public static byte[] exe() {
        byte[] file = new byte[256];
        file[0] = 'M';
        file[1] = 'Z';
        return file;
    }

    /** Builds a ZIP from entry names and text contents. */
    public static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void directoryEntry(byte[] file, int offset, String name) {
        byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(utf16, 0, file, offset, utf16.length);
        int length = utf16.length + 2;
        file[offset + 64] = (byte) length;
        file[offset + 65] = (byte) (length >> 8);
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
