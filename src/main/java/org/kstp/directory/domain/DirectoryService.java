package org.kstp.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.common.Uscc;
import org.kstp.directory.CountySummary;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.DisciplineSummary;
import org.kstp.directory.NewOrganisation;
import org.kstp.directory.OrganisationSummary;
import org.kstp.directory.query.DisciplineQuery;
import org.kstp.directory.query.IndustryCodeQuery;
import org.kstp.directory.query.RegionQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory as other modules see it: reads from the read models, writes through the registry. */
@Service
class DirectoryService implements DirectoryApi {

    private final RegionQuery regions;
    private final OrganisationRepository organisations;
    private final OrganisationRegistry registry;
    private final DisciplineQuery disciplines;
    private final IndustryCodeQuery industryCodes;

    DirectoryService(RegionQuery regions, OrganisationRepository organisations, OrganisationRegistry registry,
                     DisciplineQuery disciplines, IndustryCodeQuery industryCodes) {
        this.disciplines = disciplines;
        this.industryCodes = industryCodes;
        this.regions = regions;
        this.organisations = organisations;
        this.registry = registry;
    }

    @Override
    public List<CountySummary> counties() {
        return regions.counties();
    }

    @Override
    public Optional<CountySummary> county(String code) {
        return code == null ? Optional.empty() : regions.county(code.trim());
    }

    @Override
    public Optional<DisciplineSummary> discipline(String code) {
        return code == null || code.isBlank() ? Optional.empty() : disciplines.byCode(code);
    }

    @Override
    public List<DisciplineSummary> searchDisciplines(String query, int limit) {
        return disciplines.search(query, limit);
    }

    @Override
    public Optional<String> industryCodeName(String code) {
        return code == null || code.isBlank() ? Optional.empty() : industryCodes.name(code);
    }

    @Override
    public Optional<OrganisationSummary> organisation(UUID id) {
        return id == null ? Optional.empty() : organisations.findById(id).map(Organisation::summary);
    }

    @Override
    public Optional<OrganisationSummary> organisationByUscc(String uscc) {
        try {
            return organisations.findByUscc(Uscc.parse(uscc).value()).map(Organisation::summary);
        } catch (RuleViolation malformed) {
            return Optional.empty(); // a malformed code cannot belong to any registered organisation
        }
    }

    @Override
    @Transactional
    public OrganisationSummary registerOrganisation(NewOrganisation organisation, Actor by) {
        return registry.register(organisation, by).summary();
    }
}
