package org.kstp.project.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** One step of a project's history. */
@Table("project_status_change")
public record ProjectStatusChange(ProjectStatus fromStatus, ProjectStatus toStatus, ProjectAction action,
                                  UUID actorId, String actorName, String comment, Instant at) {
}
