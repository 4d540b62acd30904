package org.kstp.project.domain;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A team member, kept so their projects in progress count against their limits: by person record
 * (members without an account too) and by account where they have one.
 */
@Table("project_member")
public record ProjectMember(UUID personId, UUID accountId) {
}
