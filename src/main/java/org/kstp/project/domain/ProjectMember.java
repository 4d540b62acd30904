package org.kstp.project.domain;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A team member with an account, kept so their projects in progress count against their limits. */
@Table("project_member")
public record ProjectMember(UUID accountId) {
}
