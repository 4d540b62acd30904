package org.kstp.demand.domain;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface DemandRepository extends ListCrudRepository<TechnologyDemand, UUID> {
}
