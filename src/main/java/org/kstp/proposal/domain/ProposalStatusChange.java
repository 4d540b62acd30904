package org.kstp.proposal.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** One step of a proposal's history, shown to the applicant as its timeline. */
@Table("proposal_status_change")
public record ProposalStatusChange(ProposalStatus fromStatus, ProposalStatus toStatus, ProposalAction action,
                                   UUID actorId, String actorName, String comment, Instant at) {
}
