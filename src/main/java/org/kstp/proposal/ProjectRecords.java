package org.kstp.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the concurrency limits need to know about projects. Projects live downstream (the project
 * module), so this module states the questions and the project module answers them by implementing
 * this interface; the dependency still points upstream. Every project date the limits read comes
 * through these methods, so the project module alone decides what "in progress" and "overdue" mean.
 */
public interface ProjectRecords {

    /** Projects not yet finished that the account leads as PI. */
    List<ProjectRef> ledBy(UUID accountId);

    /**
     * Projects not yet finished on which someone is a team member, known by person record and/or
     * account (either may be null; a member matches on either).
     */
    List<ProjectRef> joinedBy(UUID personId, UUID accountId);

    /**
     * The host's overdue projects on {@code date}: past their end date (the extended one, once the
     * project module keeps extensions) without an application for acceptance; a project that applied
     * for acceptance or is under acceptance is not overdue.
     */
    List<ProjectRef> overdueProjectsOf(UUID organisationId, LocalDate date);

    /** A project named in a refusal, with its call (the call's programme decides whether it counts). */
    record ProjectRef(UUID id, UUID callId, String trackingNumber, String title) {
    }
}
