package org.kstp.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kstp.common.Actor;

/** Reference data and organisations, as other modules need them. */
public interface DirectoryApi {

    /**
     * The published read model of organisations (id, uscc, name, county_code) for other modules' list
     * queries that join an organisation's name; the directory's own tables are not theirs to read.
     */
    String ORGANISATION_VIEW = "directory_organisation_v";

    /** The 12 counties of Kashgar prefecture with the number of their townships and villages. */
    List<CountySummary> counties();

    /** County names by code in the prefecture's order, so lists and exports show names rather than codes such as 653125. */
    default Map<String, String> countyNames() {
        Map<String, String> names = new LinkedHashMap<>();
        counties().forEach(c -> names.put(c.code(), c.name()));
        return names;
    }

    /** One county by its six-digit code (e.g. 653101), so callers can check a code they were given. */
    Optional<CountySummary> county(String code);

    /** A GB/T 13745 discipline by its code; empty for an unknown code. */
    Optional<DisciplineSummary> discipline(String code);

    /** Disciplines whose code starts with, or whose name contains, the query; finer levels last; at most {@code limit}. */
    List<DisciplineSummary> searchDisciplines(String query, int limit);

    /** The name of a GB/T 4754-2017 industry class by its code; empty for a code the classification lacks. */
    Optional<String> industryCodeName(String code);

    /** An organisation by id; empty when none exists (callers decide whether the actor may see it). */
    Optional<OrganisationSummary> organisation(UUID id);

    /** Looks an organisation up by its code; the code is normalised (trimmed, upper-cased) first. */
    Optional<OrganisationSummary> organisationByUscc(String uscc);

    /**
     * Registers an organisation. A malformed code is refused; a code failing the GB 32100 check
     * digit is accepted but flagged for manual review (real pilot-region codes fail it). Audited.
     */
    OrganisationSummary registerOrganisation(NewOrganisation organisation, Actor by);
}
