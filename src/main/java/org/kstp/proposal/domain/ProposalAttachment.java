package org.kstp.proposal.domain;

import java.time.Instant;
import java.util.UUID;
import org.kstp.attachment.FileType;

/** A file attached to a proposal: the upload's name and description, pointing at stored content by hash. */
public record ProposalAttachment(UUID id, UUID proposalId, String sha256, String filename, FileType detectedType,
                                 long size, String description, String uploadedByName, Instant uploadedAt) {

    /** The size as people read it (bytes, KB or MB, one decimal): units are the same in every language. */
    public String displaySize() {
        if (size < 1024) {
            return size + " B";
        }
        double kb = size / 1024.0;
        return kb < 1024 ? "%.1f KB".formatted(kb) : "%.1f MB".formatted(kb / 1024);
    }
}
