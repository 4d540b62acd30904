package org.kstp.project.domain;

import java.util.List;
import java.util.UUID;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.kstp.integrity.IntegrityRecordTookEffect;
import org.kstp.integrity.IntegrityRecordsTookEffect;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A sanction that takes effect against the PI or the host of a running project raises an alert on
 * each such project, which blocks disbursement until staff decide. Projects are found by SQL (PI
 * account, host organisation), so an import of thousands of records touches only the few projects
 * concerned.
 */
@Component
class ProjectSanctionEventHandler {

    private final ProjectService service;
    private final DirectoryApi directory;
    private final JdbcClient jdbc;

    ProjectSanctionEventHandler(ProjectService service, DirectoryApi directory, JdbcClient jdbc) {
        this.service = service;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(IntegrityRecordsTookEffect event) {
        for (IntegrityRecordTookEffect effect : event.records()) {
            if (SanctionAlertRule.concernsPi(effect)) {
                running("pi_account_id", effect.accountId())
                        .forEach(id -> service.raiseAlert(id, SanctionAlert.Party.PI, effect));
            }
            if (SanctionAlertRule.concernsHost(effect)) {
                directory.organisationByUscc(effect.uscc()).map(OrganisationSummary::id).ifPresent(org ->
                        running("host_organisation_id", org)
                                .forEach(id -> service.raiseAlert(id, SanctionAlert.Party.HOST, effect)));
            }
        }
    }

    private List<UUID> running(String column, UUID value) {
        return jdbc.sql("select id from project where " + column + " = :value and status in (:running)")
                .param("value", value)
                .param("running", Project.RUNNING.stream().map(Enum::name).toList())
                .query(UUID.class).list();
    }
}
