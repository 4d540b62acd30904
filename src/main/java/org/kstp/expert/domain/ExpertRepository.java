package org.kstp.expert.domain;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface ExpertRepository extends ListCrudRepository<Expert, UUID> {
}
