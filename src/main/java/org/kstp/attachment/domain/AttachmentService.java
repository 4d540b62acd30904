package org.kstp.attachment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import org.kstp.attachment.AttachmentApi;
import org.kstp.attachment.FileType;
import org.kstp.attachment.StoredFile;
import org.kstp.attachment.UploadLimits;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.RuleViolation;
import org.kstp.platform.KstpProperties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives an upload, checks it ({@link UploadRules}) and stores each distinct content once. The file is written before the row; if the caller's
 * transaction rolls back, an unreferenced file remains, which is harmless (content-addressed).
 */
@Service
class AttachmentService implements AttachmentApi {

    private final BlobStore blobs;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AttachmentSettings settings;

    AttachmentService(KstpProperties platform, AttachmentSettings settings, JdbcClient jdbc, Clock clock) {
        this.blobs = new BlobStore(platform.dataDir().resolve("files"));
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public StoredFile store(InputStream content, String originalFilename, String declaredContentType,
                            UploadLimits limits, Actor actor) {
        String name = Filenames.clean(originalFilename);
        if (name.isEmpty()) {
            throw new RuleViolation("attachment.refused.noFile");
        }
        try (TempUpload upload = blobs.receive(content, limits.maxBytes())) {
            FileType type = UploadRules.check(upload, name, limits);
            blobs.commit(upload);
            remember(upload, type, actor);
            return new StoredFile(upload.sha256(), upload.size(), type, name);
        } catch (IOException e) {
            throw new UncheckedIOException("upload could not be stored", e);
        }
    }

    @Override
    public Resource open(String sha256) {
        if (!BlobStore.isHash(sha256)) {
            throw new NotFound("attachment", sha256);
        }
        Path file = blobs.path(sha256);
        if (!Files.isRegularFile(file)) {
            throw new NotFound("attachment", sha256);
        }
        return new FileSystemResource(file);
    }

    @Override
    public UploadLimits defaultLimits() {
        return UploadLimits.megabytes(settings.maxFileMb());
    }

    private void remember(TempUpload upload, FileType type, Actor actor) {
        jdbc.sql("""
                insert into attachment_blob (sha256, size_bytes, detected_type, created_by, created_at)
                values (?, ?, ?, ?, ?) on conflict (sha256) do nothing""")
                .params(upload.sha256(), upload.size(), type.name(), actor.accountId(),
                        Timestamp.from(clock.instant()))
                .update();
    }
}
