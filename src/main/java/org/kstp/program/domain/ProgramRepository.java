package org.kstp.program.domain;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface ProgramRepository extends ListCrudRepository<Program, UUID> {
}
