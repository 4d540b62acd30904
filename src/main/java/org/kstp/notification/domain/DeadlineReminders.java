package org.kstp.notification.domain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kstp.common.BusinessTime;
import org.kstp.identity.IdentityApi;
import org.kstp.program.CallView;
import org.kstp.program.ProgramApi;
import org.kstp.proposal.ProposalDrafts;
import org.kstp.proposal.ProposalDrafts.UnsubmittedDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds owners of unsubmitted drafts 7 days, 1 day and 2 hours before their call closes. Each
 * reminder is claimed in notification_reminder before it is sent, in one transaction with the notice:
 * a restart, a second node or a late run never sends one twice. A draft that missed earlier
 * thresholds (created late, or the server was down) gets only the most urgent one, not three at once.
 */
@Component
public class DeadlineReminders {

    /** Largest first; the due reminder is the smallest threshold already reached. */
    static final List<Duration> THRESHOLDS = List.of(Duration.ofDays(7), Duration.ofDays(1), Duration.ofHours(2));

    private final ProgramApi programs;
    private final ProposalDrafts drafts;
    private final IdentityApi identity;
    private final Notifier notifier;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final BusinessTime time;

    DeadlineReminders(ProgramApi programs, ProposalDrafts drafts, IdentityApi identity, Notifier notifier,
                      JdbcClient jdbc, TransactionTemplate transactions, BusinessTime time) {
        this.programs = programs;
        this.drafts = drafts;
        this.identity = identity;
        this.notifier = notifier;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.time = time;
    }

    @Scheduled(fixedDelayString = "${kstp.notification.reminder-interval:PT5M}", initialDelayString = "PT1M")
    void run() {
        sendDue(time.now());
    }

    /** Sends every reminder due at {@code now} and not sent before; returns how many were sent. */
    public int sendDue(Instant now) {
        int sent = 0;
        for (CallView call : programs.openCalls()) {
            Optional<Duration> threshold = due(call.closesAt(), now);
            if (threshold.isEmpty()) {
                continue;
            }
            for (UnsubmittedDraft draft : drafts.unsubmitted(call.id())) {
                if (Boolean.TRUE.equals(transactions.execute(tx -> remind(call, draft, threshold.get(), now)))) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** The smallest threshold reached at {@code now}, if the call has not closed yet. */
    static Optional<Duration> due(Instant closesAt, Instant now) {
        if (closesAt == null || !now.isBefore(closesAt)) {
            return Optional.empty();
        }
        return THRESHOLDS.stream().filter(t -> !now.isBefore(closesAt.minus(t))).reduce((a, b) -> b);
    }

    private boolean remind(CallView call, UnsubmittedDraft draft, Duration threshold, Instant now) {
        boolean claimed = jdbc.sql("""
                insert into notification_reminder (proposal_id, threshold, closes_at, sent_at) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(draft.proposalId(), threshold.toString(), Timestamp.from(call.closesAt()), Timestamp.from(now))
                .update() == 1;
        if (!claimed) {
            return false;
        }
        identity.account(draft.piAccountId()).ifPresent(pi -> notifier.send(pi, new Notifier.Message(
                "notification.deadline.reminder", List.of(draft.title(), call.title(),
                time.stampToMinute(call.closesAt())), "/proposals/" + draft.proposalId()),
                "reminder:" + draft.proposalId() + ":" + threshold + ":" + call.closesAt().toEpochMilli(), null));
        return true;
    }
}
