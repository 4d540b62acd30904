package org.kstp.proposal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Submission receipts for the notification module, which e-mails them; scope checks are the caller's concern. */
public interface ReceiptApi {

    /** The latest submission of the proposal; empty if it was never submitted. */
    Optional<SubmissionReceipt> latest(UUID proposalId);

    /** The latest submission as a watermarked PDF rendered from its stored snapshot, labelled in {@code locale}. */
    byte[] pdf(UUID proposalId, Locale locale);
}
