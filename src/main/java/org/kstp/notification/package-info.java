/**
 * Notices to people who must act, in the application and by e-mail: routed from the proposal,
 * review and project modules' events, plus deadline reminders to owners of unsubmitted drafts. Downstream of
 * everything it reports on; nothing upstream knows it exists.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification",
        allowedDependencies = {"common", "platform", "identity", "directory", "program", "proposal", "review", "project",
            "integrity"})
package org.kstp.notification;
