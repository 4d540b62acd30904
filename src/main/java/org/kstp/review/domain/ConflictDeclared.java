package org.kstp.review.domain;

import java.util.UUID;
import org.kstp.common.Actor;

/**
 * An expert declared a conflict of interest and their assignment was removed. Published inside the
 * declaring transaction, so a review round can mark its invitation and draw a replacement in the same
 * commit. Internal to the review module.
 */
public record ConflictDeclared(UUID assignmentId, UUID proposalId, String explanation, Actor expert) {
}
