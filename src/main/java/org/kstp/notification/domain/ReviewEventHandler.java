package org.kstp.notification.domain;

import java.util.List;
import java.util.stream.Collectors;
import org.kstp.common.Role;
import org.kstp.identity.IdentityApi;
import org.kstp.review.ExpertAssigned;
import org.kstp.review.PendingAssignmentsWithdrawn;
import org.kstp.review.ReviewReminder;
import org.kstp.review.ReviewWithdrawn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells an expert they have a proposal to review, that staff remind them of one or that it was withdrawn
 * (by staff or by the round closing), with a link to
 * their score sheet; tells bureau staff when a sanctioned expert's pending reviews were withdrawn and
 * which proposals need another.
 */
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

    /** Each reminder is its own notice (its id is the dedup key); a redelivered event is not. */
    @ApplicationModuleListener
    void on(ReviewReminder e) {
        identity.account(e.expertAccountId()).ifPresent(expert -> notifier.send(expert,
                new Notifier.Message("notification.review.reminder",
                        List.of(e.title() == null ? "" : e.title(), e.trackingNumber() == null ? "" : e.trackingNumber(),
                                String.valueOf(e.due())),
                        "/review/assignments/" + e.assignmentId()),
                "reminder:" + e.reminderId(), null));
    }

    /** The expert's queue is the link: the assignment itself is gone. */
    @ApplicationModuleListener
    void on(ReviewWithdrawn e) {
        List<String> args = List.of(nullToEmpty(e.title()), nullToEmpty(e.trackingNumber()), nullToEmpty(e.reason()));
        identity.account(e.expertAccountId()).ifPresent(expert -> notifier.send(expert,
                new Notifier.Message(e.roundClosed() ? "notification.review.withdrawnOnClose"
                        : "notification.review.withdrawn", args, "/review/assignments"),
                "review-withdrawn:" + e.assignmentId(), null));
    }

    @ApplicationModuleListener
    void on(PendingAssignmentsWithdrawn e) {
        String proposals = e.proposals().stream()
                .map(p -> (p.trackingNumber() == null ? "" : p.trackingNumber() + " ") + nullToEmpty(p.title()))
                .collect(Collectors.joining("; "));
        String link = e.proposals().size() == 1 ? "/review/proposals/" + e.proposals().getFirst().proposalId()
                : "/review/proposals";
        notifier.send(identity.accountsWithRole(Role.BUREAU_STAFF), new Notifier.Message(
                        "notification.review.withdrawnOnSanction",
                        List.of(nullToEmpty(e.expertName()), e.record(), String.valueOf(e.proposals().size()), proposals),
                        link),
                "withdrawn:" + e.expertAccountId() + ":" + e.record());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
