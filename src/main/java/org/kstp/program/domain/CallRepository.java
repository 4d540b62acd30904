package org.kstp.program.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface CallRepository extends ListCrudRepository<Call, UUID> {

    List<Call> findByProgramIdOrderByOpensAtDesc(UUID programId);
}
