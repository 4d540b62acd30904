package org.kstp.expert.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A relation the expert declared with another person, known by account and/or name (people without
 * an account still appear on proposal teams by name).
 */
@Table("expert_relation")
public record Relation(RelationKind kind, UUID otherAccountId, String otherName, LocalDate fromDate,
                       LocalDate toDate) {
}
