package org.kstp.review.round;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A proposal in a round. */
@Table("review_round_proposal")
public record RoundProposal(UUID proposalId) {
}
