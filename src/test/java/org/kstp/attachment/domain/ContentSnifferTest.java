package org.kstp.attachment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kstp.attachment.FileType;
import org.kstp.attachment.SampleFiles;
import org.kstp.common.RuleViolation;

/** The type comes from the bytes; the extension must agree; archives that would explode are refused. */
class ContentSnifferTest {

    @TempDir
    Path dir;

    @Test
    void recognisesEachAcceptedTypeByItsContent() throws IOException {
        assertThat(detect(SampleFiles.pdf(), "plan.pdf")).isEqualTo(FileType.PDF);
        assertThat(detect(SampleFiles.png(), "chart.PNG")).isEqualTo(FileType.PNG);
        assertThat(detect(SampleFiles.jpeg(), "photo.jpeg")).isEqualTo(FileType.JPEG);
        assertThat(detect(SampleFiles.jpeg(), "photo.jpg")).isEqualTo(FileType.JPEG);
        assertThat(detect(SampleFiles.docx(), "letter.docx")).isEqualTo(FileType.DOCX);
        assertThat(detect(SampleFiles.xlsx(), "budget.xlsx")).isEqualTo(FileType.XLSX);
        assertThat(detect(SampleFiles.ole2("WordDocument"), "old.doc")).isEqualTo(FileType.DOC);
        assertThat(detect(SampleFiles.ole2("Workbook"), "old.xls")).isEqualTo(FileType.XLS);
        assertThat(detect(SampleFiles.ole2("PowerPoint Document"), "old.ppt")).isEqualTo(FileType.PPT);
    }

    @Test
    void aTextFileRenamedToPdfIsRefused() {
        byte[] text = "This is not a PDF.\n".getBytes(StandardCharsets.UTF_8);
        assertRefused(text, "report.pdf", "attachment.refused.type");
    }

    @Test
    void anExecutableIsRefusedWhateverItsName() {
        assertRefused(SampleFiles.exe(), "setup.pdf", "attachment.refused.type");
        assertRefused(SampleFiles.exe(), "setup.exe", "attachment.refused.type");
    }

    @Test
    void anExtensionThatDoesNotMatchTheContentIsRefusedNamingTheRealType() {
        RuleViolation refusal = assertRefused(SampleFiles.png(), "scan.pdf", "attachment.refused.extensionMismatch");
        assertThat(refusal.arguments()).containsExactly("scan.pdf", "attachment.FileType.PNG");
        assertRefused(SampleFiles.ole2("WordDocument"), "old.xls", "attachment.refused.extensionMismatch");
        assertRefused(SampleFiles.docx(), "letter.xlsx", "attachment.refused.extensionMismatch");
        assertRefused(SampleFiles.pdf(), "plan", "attachment.refused.extensionMismatch");
    }

    @Test
    void zipAndCompoundFilesThatAreNotOfficeDocumentsAreRefused() {
        byte[] plainZip = SampleFiles.zip(Map.of("readme.txt", "hello"));
        assertRefused(plainZip, "letter.docx", "attachment.refused.type");
        byte[] noContentTypes = SampleFiles.zip(Map.of("word/document.xml", "<w:document/>"));
        assertRefused(noContentTypes, "letter.docx", "attachment.refused.type");
        assertRefused(SampleFiles.ole2("__substg1.0_0037001F"), "mail.doc", "attachment.refused.type");
        byte[] truncated = Arrays.copyOf(SampleFiles.docx(), 40);
        assertRefused(truncated, "letter.docx", "attachment.refused.type");
    }

    @Test
    void aZipBombShapedDocumentIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            text(zip, "[Content_Types].xml", "<Types/>");
            zip.putNextEntry(new ZipEntry("word/media/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 16; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(100_000);
        assertRefused(bytes.toByteArray(), "bomb.docx", "attachment.refused.unsafeArchive");
    }

    @Test
    void aDocumentWithTooManyEntriesIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            text(zip, "[Content_Types].xml", "<Types/>");
            for (int i = 0; i < ZipInspector.MAX_ENTRIES; i++) {
                text(zip, "word/part" + i + ".xml", "");
            }
        }
        assertRefused(bytes.toByteArray(), "many.docx", "attachment.refused.unsafeArchive");
    }

    private FileType detect(byte[] content, String name) throws IOException {
        return ContentSniffer.detect(Files.write(dir.resolve("upload"), content), name);
    }

    private RuleViolation assertRefused(byte[] content, String name, String key) {
        try {
            ContentSniffer.detect(Files.write(dir.resolve("upload"), content), name);
        } catch (RuleViolation refusal) {
            assertThat(refusal.messageKey()).as(name).isEqualTo(key);
            return refusal;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(name + " was accepted, expected " + key);
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
