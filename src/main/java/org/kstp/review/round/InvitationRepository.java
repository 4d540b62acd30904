package org.kstp.review.round;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface InvitationRepository extends ListCrudRepository<Invitation, UUID> {

    List<Invitation> findByRoundIdOrderByCreatedAt(UUID roundId);

    Optional<Invitation> findByAssignmentId(UUID assignmentId);

    List<Invitation> findByExpertAccountIdAndStatusIn(UUID expertAccountId, Collection<InvitationStatus> statuses);
}
