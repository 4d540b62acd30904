package org.kstp.attachment.domain;

import java.io.IOException;
import org.kstp.attachment.FileType;
import org.kstp.attachment.UploadLimits;
import org.kstp.common.RuleViolation;

/**
 * The checks an upload must pass, in the order a user can fix them: empty, too big, not a type we
 * accept, named wrongly. Each refusal names the file, so a user uploading several knows which one.
 */
final class UploadRules {

    private UploadRules() {
    }

    /** The detected type of an acceptable upload; otherwise a RuleViolation with an attachment.refused.* key. */
    static FileType check(TempUpload upload, String name, UploadLimits limits) throws IOException {
        if (upload.size() == 0) {
            throw new RuleViolation("attachment.refused.empty", name);
        }
        if (upload.size() > limits.maxBytes()) {
            throw new RuleViolation("attachment.refused.tooLarge", name, limits.maxMegabytes());
        }
        FileType type = ContentSniffer.detect(upload.file(), name);
        if (!limits.allows(type)) {
            throw new RuleViolation("attachment.refused.type", name);
        }
        return type;
    }
}
