package org.kstp.notification.domain;

import java.util.List;
import org.kstp.common.BusinessTime;
import org.kstp.identity.IdentityApi;
import org.kstp.program.CallWindowChanged;
import org.kstp.proposal.ProposalDrafts;
import org.kstp.proposal.ProposalDrafts.UnsubmittedDraft;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the owner of every unsubmitted draft of a call when its deadline or grace period changes,
 * with the reason the bureau gave. Deadline reminders need nothing: they are keyed by the deadline,
 * so the new one gets its own 7-day, 1-day and 2-hour reminders.
 */
@Component
class CallEventHandler {

    private final BusinessTime time;
    private final ProposalDrafts drafts;
    private final IdentityApi identity;
    private final Notifier notifier;

    CallEventHandler(ProposalDrafts drafts, IdentityApi identity, Notifier notifier, BusinessTime time) {
        this.time = time;
        this.drafts = drafts;
        this.identity = identity;
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(CallWindowChanged e) {
        String deadline = time.stampToMinute(e.newClosesAt());
        for (UnsubmittedDraft draft : drafts.unsubmitted(e.callId())) {
            identity.account(draft.piAccountId()).ifPresent(pi -> notifier.send(pi, new Notifier.Message(
                    "notification.call.windowChanged", List.of(e.title(), deadline, String.valueOf(e.graceMinutes()),
                    e.reason(), draft.title()), "/proposals/" + draft.proposalId()),
                    "window:" + draft.proposalId() + ":" + e.newClosesAt().toEpochMilli() + ":" + e.graceMinutes(),
                    null));
        }
    }
}
