package org.kstp.attachment.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Upload settings. The size limit is the default until calls carry their own limits.
 *
 * @param maxFileMb largest accepted file in megabytes (kstp.attachments.max-file-mb, default 20)
 */
@ConfigurationProperties("kstp.attachments")
record AttachmentSettings(Integer maxFileMb) {

    AttachmentSettings {
        maxFileMb = maxFileMb == null ? 20 : maxFileMb;
    }
}
