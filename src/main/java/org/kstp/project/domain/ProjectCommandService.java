package org.kstp.project.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.project.ProjectCommands;
import org.springframework.stereotype.Service;

/** {@link ProjectCommands} on the service behind the project pages. */
@Service
class ProjectCommandService implements ProjectCommands {

    private final ProjectService projects;
    private final ProjectRepository repository;

    ProjectCommandService(ProjectService projects, ProjectRepository repository) {
        this.projects = projects;
        this.repository = repository;
    }

    @Override
    public Optional<ProjectState> ofProposal(UUID proposalId) {
        return repository.findByProposalId(proposalId).map(p -> new ProjectState(p.id(), p.status().name()));
    }

    @Override
    public void signAgreement(UUID projectId, Actor bureau) {
        projects.signAgreement(projectId, bureau);
    }

    @Override
    public void disburse(UUID projectId, BigDecimal amount, String note, Actor bureau) {
        projects.disburse(projectId, amount, note, bureau);
    }
}
