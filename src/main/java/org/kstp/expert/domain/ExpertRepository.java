package org.kstp.expert.domain;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface ExpertRepository extends ListCrudRepository<Expert, UUID> {
}
