package org.kstp.review.domain;

import java.util.UUID;

/**
 * Whether the expert has taken on an assignment. An assignment a review round drew comes with an
 * invitation the expert must accept before reviewing; one made by hand has none and needs no answer.
 * Declared here and implemented by the round package, so this package never depends on rounds.
 */
public interface InvitationAnswers {

    /** True while the assignment's round invitation is not accepted; false for an assignment without one. */
    boolean awaitingAcceptance(UUID assignmentId);
}
