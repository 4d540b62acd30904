package org.kstp.review.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface ReviewAssignmentRepository extends ListCrudRepository<ReviewAssignment, UUID> {

    List<ReviewAssignment> findByProposalIdOrderByAssignedAt(UUID proposalId);

    List<ReviewAssignment> findByExpertAccountIdOrderByAssignedAtDesc(UUID expertAccountId);
}
