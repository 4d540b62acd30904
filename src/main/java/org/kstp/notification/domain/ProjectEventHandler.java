package org.kstp.notification.domain;

import java.util.List;
import org.kstp.common.Role;
import org.kstp.identity.IdentityApi;
import org.kstp.project.SanctionAlertRaised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells bureau staff that a sanction blocked a running project's disbursements and awaits their decision. */
@Component
class ProjectEventHandler {

    private final Notifier notifier;
    private final IdentityApi identity;

    ProjectEventHandler(Notifier notifier, IdentityApi identity) {
        this.notifier = notifier;
        this.identity = identity;
    }

    @ApplicationModuleListener
    void on(SanctionAlertRaised e) {
        notifier.send(identity.accountsWithRole(Role.BUREAU_STAFF), new Notifier.Message(
                        "notification.project.sanctionAlert." + e.party(),
                        List.of(nullToEmpty(e.trackingNumber()), nullToEmpty(e.title()), nullToEmpty(e.subjectName()),
                                e.record()),
                        "/projects/" + e.projectId()),
                "sanction-alert:" + e.projectId() + ":" + e.party() + ":" + e.record());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
