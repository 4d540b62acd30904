package org.kstp.proposal;

import java.util.List;
import java.util.UUID;

/** Drafts not yet submitted, for the deadline reminders of the notification module. */
public interface ProposalDrafts {

    /** Proposals in the call that are drafts or were returned and not resubmitted. */
    List<UnsubmittedDraft> unsubmitted(UUID callId);

    /** A draft and the PI who owns it. */
    record UnsubmittedDraft(UUID proposalId, String title, UUID piAccountId) {
    }
}
