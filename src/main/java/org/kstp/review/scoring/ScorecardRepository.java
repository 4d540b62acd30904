package org.kstp.review.scoring;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface ScorecardRepository extends ListCrudRepository<Scorecard, UUID> {

    List<Scorecard> findByProposalIdOrderBySubmittedAt(UUID proposalId);

    List<Scorecard> findByCallId(UUID callId);
}
