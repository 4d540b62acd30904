package org.kstp.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.CitizenIdHash;
import org.kstp.common.Role;
import org.kstp.directory.CountySummary;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.NewOrganisation;
import org.kstp.directory.OrganisationSummary;
import org.kstp.directory.PersonDetails;
import org.kstp.directory.PersonIdType;
import org.kstp.directory.PersonRecords;
import org.kstp.identity.AccountSummary;
import org.kstp.identity.IdentityApi;
import org.kstp.identity.NewAccount;
import org.springframework.stereotype.Component;

/**
 * The living demo's organisations and people: each institution registered with its administrator's
 * account, a county-bureau account per county, and PIs as accounts with their person records.
 */
@Component
class DemoPeople {

    /** The first institution administrator's name; its existence means the living demo was created. */
    static final String MARKER = "inst.653101.1";

    private final IdentityApi identity;
    private final DirectoryApi directory;
    private final PersonRecords people;

    DemoPeople(IdentityApi identity, DirectoryApi directory, PersonRecords people) {
        this.identity = identity;
        this.directory = directory;
        this.people = people;
    }

    /** Registers the institutions and their administrators; returns each institution's organisation id. */
    List<OrganisationSummary> institutions(List<DemoPlan.Institution> institutions, String password) {
        List<OrganisationSummary> out = new ArrayList<>();
        int[] perCounty = new int[1000];
        for (DemoPlan.Institution i : institutions) {
            OrganisationSummary org = directory.organisationByUscc(i.uscc()).orElseGet(() ->
                    directory.registerOrganisation(new NewOrganisation(i.uscc(), i.name(), i.county()), Actor.system()));
            String username = "inst." + i.county() + "." + ++perCounty[Integer.parseInt(i.county()) % 1000];
            account(username, i.admin().name(), Role.INSTITUTION_ADMIN, null, org.id(), password);
            out.add(org);
        }
        return out;
    }

    /**
     * A county-bureau account for every county that has none among the demo accounts (Shache has
     * county.shache), named after the pattern with "{county}" for the county's name.
     */
    void countyStaff(List<CountySummary> counties, String namePattern, String password) {
        for (CountySummary county : counties) {
            if (!county.code().equals("653125")) {
                account("county." + county.code(), namePattern.replace("{county}", county.name()), Role.COUNTY_STAFF, county.code(), null,
                        password);
            }
        }
    }

    /** An applicant account with a person record of its own, filed by the applicant as on the people pages. */
    Actor applicant(String username, DemoPlan.Person person, OrganisationSummary org, String discipline,
                    String password) {
        Actor pi = account(username, person.name(), Role.APPLICANT, null, org.id(), password);
        file(person, org, discipline, pi.accountId(), pi);
        return pi;
    }

    /** A person record (by citizen ID) entered by whoever adds the person to a team. */
    UUID file(DemoPlan.Person person, OrganisationSummary org, String discipline, UUID accountId, Actor by) {
        return people.save(null, new PersonDetails(person.name(), PersonIdType.CITIZEN_ID,
                CitizenIdHash.of(person.citizenId()), CitizenIdHash.tail(person.citizenId()), null, person.title(),
                org.id(), org.name(), discipline, accountId), by).id();
    }

    boolean exists(String username) {
        return identity.accountByUsername(username).isPresent();
    }

    /** The organisation of a demo account (pi.demo's host institution). */
    OrganisationSummary hostOf(String username) {
        return directory.organisation(actor(username).organisationId()).orElseThrow();
    }

    Actor actor(String username) {
        return toActor(identity.accountByUsername(username).orElseThrow());
    }

    private Actor account(String username, String name, Role role, String county, UUID organisation, String password) {
        Set<Role> roles = EnumSet.of(role);
        identity.createAccount(new NewAccount(username, password, name, roles, county, organisation,
                username + "@kstp.example"), Actor.system());
        return actor(username);
    }

    private static Actor toActor(AccountSummary a) {
        return new Actor(a.id(), a.username(), a.displayName(), a.roles(), a.countyCode(), a.organisationId());
    }
}
