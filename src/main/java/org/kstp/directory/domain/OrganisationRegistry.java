package org.kstp.directory.domain;

import java.time.Clock;
import java.util.UUID;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.common.Uscc;
import org.kstp.directory.NewOrganisation;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers organisations and clears review flags; every change is audited in its own transaction. */
@Service
public class OrganisationRegistry {

    static final int MAX_NAME_LENGTH = 200;

    private final OrganisationRepository organisations;
    private final JdbcClient jdbc;
    private final AuditApi audit;
    private final Clock clock;

    OrganisationRegistry(OrganisationRepository organisations, JdbcClient jdbc, AuditApi audit, Clock clock) {
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** See {@link org.kstp.directory.DirectoryApi#registerOrganisation}. */
    @Transactional
    public Organisation register(NewOrganisation request, Actor by) {
        String name = request.name() == null ? "" : request.name().trim();
        if (name.isEmpty()) {
            throw new RuleViolation("directory.organisation.nameRequired");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new RuleViolation("directory.organisation.nameTooLong", MAX_NAME_LENGTH);
        }
        Uscc code = Uscc.parse(request.uscc());
        String county = checkCounty(request.countyCode(), by);
        organisations.findByUscc(code.value()).ifPresent(existing -> {
            throw duplicate(code);
        });
        Organisation organisation = Organisation.register(code, name, county, clock.instant());
        try {
            organisations.save(organisation);
        } catch (DataAccessException failed) {
            // Two registrations of one code raced past the look-up; the unique index decides. Spring Data
            // JDBC has thrown the DuplicateKeyException both bare and wrapped, so both are recognised.
            if (failed instanceof DuplicateKeyException || failed.getCause() instanceof DuplicateKeyException) {
                throw duplicate(code);
            }
            throw failed;
        }
        audit.record(by, "organisation", organisation.id(), "REGISTER",
                code.value() + " " + name + (code.checkDigitValid() ? "" : " (check digit failed, needs review)"));
        return organisation;
    }

    /** Bureau staff confirm a code that failed the check digit after seeing the certificate. */
    @Transactional
    public Organisation confirm(UUID id, Actor by) {
        if (!by.has(Role.BUREAU_STAFF)) {
            throw new RuleViolation("directory.organisation.confirmBureauOnly");
        }
        Organisation organisation = organisations.findById(id).orElseThrow(() -> new NotFound("organisation", id));
        organisation.confirm();
        organisations.save(organisation);
        audit.record(by, "organisation", id, "CONFIRM", organisation.uscc());
        return organisation;
    }

    /**
     * Records or clears an organisation's legal representative. The caller hashes the citizen ID with
     * {@link org.kstp.common.CitizenIdHash} (the directory never sees the number); null keeps the
     * one on record. County staff change only organisations of their own county. Audited.
     */
    @Transactional
    public Organisation changeLegalRepresentative(UUID id, String name, String idHash, String idTail, Actor by) {
        Organisation organisation = editable(id, by);
        organisation.changeLegalRepresentative(name, idHash, idTail);
        organisations.save(organisation);
        audit.record(by, "organisation", id, "CHANGE_LEGAL_REP", organisation.legalRepName() == null ? "cleared"
                : organisation.legalRepName() + " (ID ****" + organisation.legalRepIdTail() + ")");
        return organisation;
    }

    /** The organisation, when the actor may edit it: bureau staff any, county staff their own county's. */
    public Organisation editable(UUID id, Actor by) {
        Organisation organisation = organisations.findById(id).orElseThrow(() -> new NotFound("organisation", id));
        if (by.has(Role.BUREAU_STAFF)) {
            return organisation;
        }
        if (by.has(Role.COUNTY_STAFF) && organisation.countyCode() != null
                && organisation.countyCode().equals(by.countyCode())) {
            return organisation;
        }
        throw new RuleViolation("directory.organisation.legalRep.otherCounty");
    }

    /** County staff (without a bureau role) register only in their own county; a given county must exist. */
    private String checkCounty(String requested, Actor by) {
        String county = requested == null || requested.isBlank() ? null : requested.trim();
        if (by.has(Role.COUNTY_STAFF) && !by.has(Role.BUREAU_STAFF)
                && (county == null || !county.equals(by.countyCode()))) {
            throw new RuleViolation("directory.organisation.otherCounty");
        }
        if (county != null && jdbc.sql("select count(*) from directory_county where code = ?")
                .param(county).query(Integer.class).single() == 0) {
            throw new RuleViolation("directory.organisation.unknownCounty", county);
        }
        return county;
    }

    private static RuleViolation duplicate(Uscc code) {
        return new RuleViolation("directory.organisation.duplicate", code.value());
    }
}
