package org.kstp.demand.domain;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface DemandRepository extends ListCrudRepository<TechnologyDemand, UUID> {
}
