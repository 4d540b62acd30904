package org.kstp.program.domain;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface ProgramRepository extends ListCrudRepository<Program, UUID> {
}
