package org.kstp.attachment;

import java.io.InputStream;
import org.kstp.common.Actor;
import org.springframework.core.io.Resource;

/**
 * Content-addressed file storage. Callers authorise first: this module stores and returns bytes
 * by hash and cannot know who may read them.
 */
public interface AttachmentApi {

    /**
     * Checks and stores an upload. The type is decided from the bytes alone, because browsers
     * derive the declared type from the file name and a renamed file would pass.
     *
     * @param declaredContentType what the client claimed; recorded nowhere and never trusted, kept
     *                            so callers pass it through and logs can show it if ever needed
     * @throws org.kstp.common.RuleViolation with an {@code attachment.refused.*} key when the file is
     *                                       empty, too large, of a type not accepted, named with an
     *                                       extension that does not match its content, or an unsafe archive
     */
    StoredFile store(InputStream content, String originalFilename, String declaredContentType,
                     UploadLimits limits, Actor actor);

    /**
     * The stored bytes. Only call after checking that the actor may read the owning object.
     *
     * @throws org.kstp.common.NotFound when no file has this hash (or the hash is malformed)
     */
    Resource open(String sha256);

    /** The configured limits, until calls carry their own (kstp.attachments.max-file-mb). */
    UploadLimits defaultLimits();
}
