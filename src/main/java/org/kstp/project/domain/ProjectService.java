package org.kstp.project.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.kstp.integrity.IntegrityRecordTookEffect;
import org.kstp.project.SanctionAlertRaised;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Commands on projects: agreement, disbursement, integrity alerts and staff's decisions on them. Each audited. */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final AuditApi audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProjectService(ProjectRepository projects, AuditApi audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    /** The bureau records that the agreement (task book) was signed: the project is in progress. */
    @Transactional
    public void signAgreement(UUID projectId, Actor actor) {
        requireBureau(actor);
        Project project = project(projectId);
        project.apply(ProjectAction.SIGN_AGREEMENT, actor, null, clock.instant());
        projects.save(project);
        audit.record(actor, "project", projectId, ProjectAction.SIGN_AGREEMENT.name(), null);
    }

    /** Pays part of the approved amount; refused while an integrity alert blocks. */
    @Transactional
    public void disburse(UUID projectId, BigDecimal amount, String note, Actor actor) {
        requireBureau(actor);
        Project project = project(projectId);
        project.disburse(amount, note, actor, clock.instant());
        projects.save(project);
        audit.record(actor, "project", projectId, "DISBURSE", amount.toPlainString());
    }

    /** Staff's decision on an alert: continue (lifts the block), suspend or terminate (keep it). */
    @Transactional
    public void decide(UUID projectId, UUID recordId, SanctionDecision decision, String note, Actor actor) {
        requireBureau(actor);
        Project project = project(projectId);
        project.decide(recordId, decision, note, actor, clock.instant());
        projects.save(project);
        audit.record(actor, "project", projectId, "SANCTION_" + decision.name(), recordId + ": " + note);
    }

    /** Raises an alert on the project for a sanction that now applies to its PI or host; idempotent. */
    @Transactional
    public void raiseAlert(UUID projectId, SanctionAlert.Party party, IntegrityRecordTookEffect effect) {
        Project project = project(projectId);
        SanctionAlert alert = SanctionAlert.raise(effect.recordId(), party, effect.label(), effect.issuer(),
                effect.documentNumber(), SanctionAlertRule.describe(effect), effect.on(), clock.instant());
        if (project.raiseAlert(alert)) {
            projects.save(project);
            audit.record(Actor.system(), "project", projectId, "SANCTION_ALERT",
                    party + " " + effect.issuer() + " " + effect.documentNumber());
            events.publishEvent(new SanctionAlertRaised(projectId, project.trackingNumber(), project.title(),
                    party.name(), effect.label(), effect.issuer() + " " + effect.documentNumber()));
        }
    }

    private Project project(UUID id) {
        return projects.findById(id).orElseThrow(() -> new NotFound("project", id));
    }

    private static void requireBureau(Actor actor) {
        if (!actor.has(Role.BUREAU_STAFF)) {
            throw new AccessDeniedException("bureau only");
        }
    }
}
