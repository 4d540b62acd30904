package org.kstp.project.domain;

import java.time.Clock;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.proposal.ProposalApproved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Creates the project for an approved proposal. Runs after the approval commits, from the persisted
 * event, so it is retried after a crash; the unique proposal id makes a retry harmless.
 */
@Component
class AwardEventHandler {

    private final ProjectRepository projects;
    private final AuditApi audit;
    private final Clock clock;

    AwardEventHandler(ProjectRepository projects, AuditApi audit, Clock clock) {
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ProposalApproved approved) {
        if (projects.findByProposalId(approved.proposalId()).isPresent()) {
            return;
        }
        Project project = projects.save(Project.award(approved, clock.instant()));
        audit.record(Actor.system(), "project", project.id(), "AWARD", approved.approvedAmount().toPlainString());
    }
}
