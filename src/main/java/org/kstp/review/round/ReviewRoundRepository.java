package org.kstp.review.round;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface ReviewRoundRepository extends ListCrudRepository<ReviewRound, UUID> {

    List<ReviewRound> findAllByOrderByCreatedAtDesc();

    List<ReviewRound> findByStatus(RoundStatus status);
}
