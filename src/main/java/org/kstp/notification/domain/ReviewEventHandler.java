package org.kstp.notification.domain;

import java.util.List;
import org.kstp.identity.IdentityApi;
import org.kstp.review.ExpertAssigned;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells an expert they have a proposal to review, with a link to their score sheet. */
@Component
class ReviewEventHandler {

    private final Notifier notifier;
    private final IdentityApi identity;

    ReviewEventHandler(Notifier notifier, IdentityApi identity) {
        this.notifier = notifier;
        this.identity = identity;
    }

    @ApplicationModuleListener
    void on(ExpertAssigned e) {
        identity.account(e.expertAccountId()).ifPresent(expert -> notifier.send(expert,
                new Notifier.Message("notification.review.assigned",
                        List.of(e.title() == null ? "" : e.title(), e.trackingNumber() == null ? "" : e.trackingNumber()),
                        "/review/assignments/" + e.assignmentId()),
                "assignment:" + e.assignmentId(), null));
    }
}
