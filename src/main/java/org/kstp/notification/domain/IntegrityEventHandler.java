package org.kstp.notification.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kstp.common.Role;
import org.kstp.identity.IdentityApi;
import org.kstp.integrity.IntegrityRecordLifted;
import org.kstp.platform.Phrases;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells bureau staff that a sanction no longer applies (revoked, changed on appeal, corrected), so they
 * can bring back what it had stopped: an expert who left the pool, a project whose disbursements were
 * blocked. Nothing is restored by itself; the decision is the bureau's.
 */
@Component
class IntegrityEventHandler {

    private final Notifier notifier;
    private final IdentityApi identity;
    private final MessageSource messages;

    IntegrityEventHandler(Notifier notifier, IdentityApi identity, MessageSource messages) {
        this.notifier = notifier;
        this.identity = identity;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(IntegrityRecordLifted e) {
        // Notices are stored in the platform's first language; the activities are named in it too.
        String activities = messages.getMessage(Phrases.list(e.unblocked().stream().sorted()
                .map(a -> messages.getMessage("integrity.Activity." + a.name(), null, a.name(), Locale.SIMPLIFIED_CHINESE))
                .toList()), Locale.SIMPLIFIED_CHINESE);
        notifier.send(identity.accountsWithRole(Role.BUREAU_STAFF), new Notifier.Message(
                        "notification.integrity.lifted",
                        List.of(e.label() == null ? "" : e.label(), e.documentNumber() == null ? "" : e.documentNumber(),
                                activities),
                        "/integrity/" + e.recordId()),
                // Enum hash codes differ between runs; names keep the key stable when the event is redelivered.
                "integrity-lifted:" + e.recordId() + ":" + e.on() + ":"
                        + e.unblocked().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    }
}
