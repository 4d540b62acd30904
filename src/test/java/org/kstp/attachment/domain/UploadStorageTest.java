package org.kstp.attachment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kstp.attachment.FileType;
import org.kstp.attachment.SampleFiles;
import org.kstp.attachment.UploadLimits;
import org.kstp.common.RuleViolation;

/** Receiving, checking and storing: hashes, limits, one copy per content, nothing half-written left behind. */
class UploadStorageTest {

    @TempDir
    Path root;

    @Test
    void storesUnderTheContentHashAndComputesItWhileReceiving() throws Exception {
        BlobStore store = new BlobStore(root);
        byte[] pdf = SampleFiles.pdf();
        try (TempUpload upload = store.receive(new ByteArrayInputStream(pdf), 1000)) {
            store.commit(upload);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
            assertThat(upload.sha256()).isEqualTo(sha);
            assertThat(upload.size()).isEqualTo(pdf.length);
            Path stored = root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
            assertThat(stored).hasBinaryContent(pdf);
        }
        assertThat(filesUnder(root.resolve("tmp"))).isEmpty();
    }

    @Test
    void theSameBytesUploadedTwiceAreStoredOnce() throws IOException {
        BlobStore store = new BlobStore(root);
        String first = receiveAndCommit(store, SampleFiles.png());
        String second = receiveAndCommit(store, SampleFiles.png());
        assertThat(second).isEqualTo(first);
        assertThat(filesUnder(root)).hasSize(1);
    }

    @Test
    void aFileAppearsUnderItsNameOnlyWhenComplete() throws IOException {
        BlobStore store = new BlobStore(root);
        InputStream brokenConnection = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 10_000) {
                    return 'x';
                }
                throw new IOException("connection reset");
            }
        };
        assertThatThrownBy(() -> store.receive(brokenConnection, 1_000_000)).isInstanceOf(IOException.class);
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void readingStopsJustPastTheLimitAndTheUploadIsRefused() throws IOException {
        BlobStore store = new BlobStore(root);
        UploadLimits oneMegabyte = UploadLimits.megabytes(1);
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        try (TempUpload upload = store.receive(endless, oneMegabyte.maxBytes())) {
            assertThat(upload.size()).isEqualTo(oneMegabyte.maxBytes() + 1);
            assertRefused(upload, "big.pdf", oneMegabyte, "attachment.refused.tooLarge");
        }
        assertThat(filesUnder(root)).isEmpty();
    }

    @Test
    void anEmptyUploadIsRefused() throws IOException {
        BlobStore store = new BlobStore(root);
        try (TempUpload upload = store.receive(InputStream.nullInputStream(), 1000)) {
            assertRefused(upload, "empty.pdf", UploadLimits.megabytes(1), "attachment.refused.empty");
        }
    }

    @Test
    void aTypeTheLimitsDoNotAllowIsRefused() throws IOException {
        BlobStore store = new BlobStore(root);
        UploadLimits pdfOnly = new UploadLimits(1000, Set.of(FileType.PDF));
        try (TempUpload upload = store.receive(new ByteArrayInputStream(SampleFiles.png()), 1000)) {
            assertRefused(upload, "chart.png", pdfOnly, "attachment.refused.type");
        }
        try (TempUpload upload = store.receive(new ByteArrayInputStream(SampleFiles.pdf()), 1000)) {
            assertThat(UploadRules.check(upload, "plan.pdf", pdfOnly)).isEqualTo(FileType.PDF);
        }
    }

    @Test
    void onlyHashesNameFiles() {
        BlobStore store = new BlobStore(root);
        assertThatThrownBy(() -> store.path("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThat(BlobStore.isHash("A".repeat(64))).isFalse();
    }

    @Test
    void fileNamesAreCleaned() {
        assertThat(Filenames.clean("C:\\Users\\pi\\plan.pdf")).isEqualTo("plan.pdf");
        assertThat(Filenames.clean("../x/report.pdf")).isEqualTo("report.pdf");
        assertThat(Filenames.clean("evil\u202Efdp.exe")).isEqualTo("evilfdp.exe");
        assertThat(Filenames.clean("a".repeat(300) + ".docx")).hasSize(Filenames.MAX_LENGTH).endsWith(".docx");
        assertThat(Filenames.clean(null)).isEmpty();
    }

    private static String receiveAndCommit(BlobStore store, byte[] content) throws IOException {
        try (TempUpload upload = store.receive(new ByteArrayInputStream(content), 1_000_000)) {
            store.commit(upload);
            return upload.sha256();
        }
    }

    private static void assertRefused(TempUpload upload, String name, UploadLimits limits, String key) {
        assertThatThrownBy(() -> UploadRules.check(upload, name, limits))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
