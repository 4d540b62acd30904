package org.kstp.proposal.domain;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A member of the proposal team; linked to an account when they have one, so they can see the proposal. */
@Table("proposal_team_member")
public record TeamMember(String name, String title, String organisationName, String duty, UUID accountId) {
}
