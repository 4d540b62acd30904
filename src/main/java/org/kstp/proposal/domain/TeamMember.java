package org.kstp.proposal.domain;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member of the proposal team; linked to an account when they have one, so they can see the
 * proposal, and to their person record in the directory, so they are entered once. The fields are
 * the proposal's own copy: a later edit of the person record does not rewrite what was submitted.
 *
 * @param personId the directory's person record, or null for a member entered by name only
 * @param disciplineCode GB/T 13745 code, or null
 */
@Table("proposal_team_member")
public record TeamMember(String name, String title, String organisationName, String duty, UUID accountId,
                         UUID personId, String disciplineCode) {

    /** A member without a person record. */
    public TeamMember(String name, String title, String organisationName, String duty, UUID accountId) {
        this(name, title, organisationName, duty, accountId, null, null);
    }
}
