package org.kstp.proposal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the concurrency limits need to know about projects. Projects live downstream (the project
 * module), so this module states the question and the project module answers it by implementing
 * this interface; the dependency still points upstream.
 */
public interface ProjectRecords {

    /** Projects not yet finished on which the account is PI or team member. */
    List<ProjectRef> inProgressProjectsOf(UUID accountId);

    /** The host's projects past their due date and not yet accepted, as of {@code today}. */
    List<ProjectRef> overdueProjectsOf(UUID organisationId, LocalDate today);

    /** A project named in a refusal. */
    record ProjectRef(UUID id, String trackingNumber, String title) {
    }
}
