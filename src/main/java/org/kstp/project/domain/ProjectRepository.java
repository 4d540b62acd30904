package org.kstp.project.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
public interface ProjectRepository extends ListCrudRepository<Project, UUID> {

    Optional<Project> findByProposalId(UUID proposalId);
}
