package org.kstp.project.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

public interface ProjectRepository extends ListCrudRepository<Project, UUID> {

    Optional<Project> findByProposalId(UUID proposalId);
}
