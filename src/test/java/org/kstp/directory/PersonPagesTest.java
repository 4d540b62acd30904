package org.kstp.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.CitizenIdHash;
import org.kstp.common.Role;
import org.kstp.support.CitizenIds;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The people register with real security: who sees which records (in the SQL, not the page), search by
 * a full ID number without leaking records outside the scope, and the edit form's refusals.
 */
@KstpIntegrationTest
class PersonPagesTest {

    @Autowired
    CitizenIdHash citizenIds;
    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    PersonRecords people;
    @Autowired
    DirectoryApi directory;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    Actor bureau;
    Actor institution;
    UUID hostId;
    /** Starts every name of this test, so a name-prefix search finds this test's records only. */
    String tag;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
        bureau = demo.actor("bureau.admin");
        institution = demo.actor("inst.admin");
        hostId = institution.organisationId();
        // The hyphen keeps the tag from looking like an ID number (letters and five or more digits), which
        // the search box would look up as a number instead of a name.
        tag = "T-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
    }

    @Test
    void eachReaderSeesOnlyTheirScopeAndOtherRecordsAreNotFound() throws Exception {
        UUID elsewhere = otherOrganisation();
        PersonSummary colleague = file(tag + " Colleague", hostId, "13900001111", null, bureau);
        PersonSummary stranger = file(tag + " Stranger", elsewhere, "13900002222", null, bureau);
        Actor loner = applicantWithoutOrganisation();
        PersonSummary entered = file(tag + " Entered", elsewhere, "13900003333", null, loner);
        PersonSummary self = people.save(null, details(tag + " Self", elsewhere, "13900004444", null, loner.accountId()),
                bureau);

        mvc.perform(get("/directory/people").param("q", tag).with(demo.as(bureau)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(colleague.name())))
                .andExpect(content().string(containsString(stranger.name())))
                .andExpect(content().string(containsString(entered.name())))
                .andExpect(content().string(containsString("****1111")))
                .andExpect(content().string(not(containsString("13900001111"))));

        mvc.perform(get("/directory/people").param("q", tag).with(demo.as(institution)))
                .andExpect(content().string(containsString(colleague.name())))
                .andExpect(content().string(not(containsString(stranger.name()))))
                .andExpect(content().string(not(containsString(entered.name()))));
        mvc.perform(get("/directory/people/" + stranger.id()).with(demo.as(institution)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/directory/people/" + stranger.id()).with(csrf()).with(demo.as(institution))
                .param("name", "Taken over")).andExpect(status().isNotFound());
        assertThat(people.person(stranger.id()).orElseThrow().name()).isEqualTo(stranger.name());

        mvc.perform(get("/directory/people").param("q", tag).with(demo.as(loner)))
                .andExpect(content().string(containsString(entered.name())))
                .andExpect(content().string(containsString(self.name())))
                .andExpect(content().string(not(containsString(colleague.name()))))
                .andExpect(content().string(not(containsString(stranger.name()))));
        mvc.perform(get("/directory/people/" + colleague.id()).with(demo.as(loner))).andExpect(status().isNotFound());
        mvc.perform(get("/directory/people/" + entered.id()).with(demo.as(loner))).andExpect(status().isOk());
    }

    @Test
    void aFullIdNumberFindsTheRecordButOnlyInsideTheScope() throws Exception {
        String number = CitizenIds.random();
        PersonSummary person = file(tag + " Numbered", otherOrganisation(), null, number, bureau);

        // The search box posts, so the number stays out of URLs; the page shows only its last four characters.
        mvc.perform(post("/directory/people").with(csrf()).param("q", number).with(demo.as(bureau)))
                .andExpect(content().string(containsString(person.name())))
                .andExpect(content().string(containsString("****" + number.substring(14))))
                .andExpect(content().string(not(containsString(number))));
        // The institution knows the number but not the record: the answer is the same as for no record at all.
        mvc.perform(post("/directory/people").with(csrf()).param("q", number).with(demo.as(institution)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(person.name()))));
    }

    @Test
    void anEditIsSavedAndAudited() throws Exception {
        PersonSummary person = file(tag + " Before", hostId, "13900005555", null, bureau);
        String number = CitizenIds.random();

        mvc.perform(edit(person.id(), institution, tag + " After", version(person.id()))
                        .param("title", "Professor").param("idType", "CITIZEN_ID").param("idNumber", number)
                        .param("disciplineCode", "21040"))
                .andExpect(redirectedUrl("/directory/people"))
                .andExpect(flash().attribute("notice", "directory.person.saved"));

        PersonSummary saved = people.person(person.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo(tag + " After");
        assertThat(saved.title()).isEqualTo("Professor");
        assertThat(saved.disciplineCode()).isEqualTo("21040");
        assertThat(saved.idHash()).isEqualTo(citizenIds.of(number));
        assertThat(saved.idTail()).isEqualTo(number.substring(14));
        assertThat(saved.phone()).as("an empty phone keeps the one on record").isEqualTo("13900005555");
        assertThat(saved.organisationId()).isEqualTo(hostId);
        assertThat(jdbc.sql("""
                        select count(*) from audit_record
                        where object_type = 'person' and object_id = ? and action = 'UPDATE' and actor_username = ?""")
                .params(person.id().toString(), institution.username()).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void onlyTheBureauMovesARecordToAnotherOrganisationOrAddsOne() throws Exception {
        UUID elsewhere = otherOrganisation();
        PersonSummary person = file(tag + " Staying", hostId, "13900006666", null, bureau);

        mvc.perform(edit(person.id(), institution, person.name(), version(person.id()))
                .param("organisationId", elsewhere.toString())).andExpect(redirectedUrl("/directory/people"));
        assertThat(people.person(person.id()).orElseThrow().organisationId()).isEqualTo(hostId);
        mvc.perform(edit(person.id(), bureau, person.name(), version(person.id()))
                .param("organisationId", elsewhere.toString())).andExpect(redirectedUrl("/directory/people"));
        assertThat(people.person(person.id()).orElseThrow().organisationId()).isEqualTo(elsewhere);

        mvc.perform(get("/directory/people/" + person.id()).with(demo.as(bureau)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"organisationId\"")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*<option value=\"" + elsewhere + "\" selected=\"selected\">.*")));
        mvc.perform(get("/directory/people/" + person.id()).with(demo.as(institution)))
                .andExpect(content().string(not(containsString("<select class=\"form-select\" id=\"organisationId\""))));
        mvc.perform(get("/directory/people/new").with(demo.as(bureau))).andExpect(status().isOk());
        mvc.perform(get("/directory/people/new").with(demo.as(institution))).andExpect(status().isForbidden());
        mvc.perform(post("/directory/people/new").with(csrf()).with(demo.as(bureau))
                        .param("name", tag + " New").param("phone", "13900007777").param("idType", "CITIZEN_ID"))
                .andExpect(redirectedUrl("/directory/people"))
                .andExpect(flash().attribute("notice", "directory.person.created"));
        assertThat(people.byNameAndPhone(tag + " New", "13900007777")).isPresent();
    }

    @Test
    void aBlankNameIsShownNextToTheNameField() throws Exception {
        PersonSummary person = file(tag + " Named", hostId, "13900008888", null, bureau);

        mvc.perform(edit(person.id(), institution, " ", version(person.id())).param("title", "Kept title"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(content().string(matchesPattern(
                        "(?s).*<input[^>]*class=\"form-control is-invalid\"[^>]*id=\"name\"[^>]*>\\s*"
                                + "<div class=\"invalid-feedback\">[^<]+</div>.*")))
                .andExpect(content().string(containsString("Kept title")));
        assertThat(people.person(person.id()).orElseThrow().name()).isEqualTo(person.name());
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedAndKeepsTheInput() throws Exception {
        PersonSummary person = file(tag + " Original", hostId, "13900009999", null, bureau);
        long loaded = version(person.id());
        people.save(person.id(), details(tag + " By the bureau", hostId, null, null, null), bureau);

        mvc.perform(edit(person.id(), institution, tag + " My input", loaded))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasErrors("form"))
                .andExpect(content().string(containsString("该人员信息已被他人修改")))
                .andExpect(content().string(containsString(tag + " My input")));
        assertThat(people.person(person.id()).orElseThrow().name()).isEqualTo(tag + " By the bureau");
    }

    @Test
    void aCitizenIdWithAWrongCheckDigitIsRefusedNextToTheField() throws Exception {
        String number = CitizenIds.random();
        PersonSummary person = file(tag + " Checked", hostId, null, number, bureau);

        mvc.perform(edit(person.id(), institution, person.name(), version(person.id()))
                        .param("idType", "CITIZEN_ID").param("idNumber", CitizenIds.withWrongCheckDigit(number)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "idNumber", "integrity.citizenId.checkDigit"))
                .andExpect(content().string(containsString("data-testid=\"idNumber-error\"")));
        assertThat(people.person(person.id()).orElseThrow().idHash()).isEqualTo(citizenIds.of(number));
    }

    private MockHttpServletRequestBuilder edit(UUID id, Actor who, String name, long version) {
        return post("/directory/people/" + id).with(csrf()).with(demo.as(who)).param("name", name)
                .param("version", String.valueOf(version));
    }

    private long version(UUID id) {
        return jdbc.sql("select version from directory_person where id = ?").param(id).query(Long.class).single();
    }

    private PersonSummary file(String name, UUID organisationId, String phone, String citizenId, Actor by) {
        return people.save(null, details(name, organisationId, phone, citizenId, null), by);
    }

    private PersonDetails details(String name, UUID organisationId, String phone, String citizenId, UUID accountId) {
        String organisationName = directory.organisation(organisationId).map(OrganisationSummary::name).orElse(null);
        return new PersonDetails(name, PersonIdType.CITIZEN_ID, citizenId == null ? null : citizenIds.of(citizenId),
                citizenId == null ? null : CitizenIdHash.tail(citizenId), phone, null, organisationId, organisationName,
                null, accountId);
    }

    private UUID otherOrganisation() {
        return directory.registerOrganisation(new NewOrganisation(TestCodes.valid("653125"), "Org " + tag, "653125"),
                Actor.system()).id();
    }

    /** An applicant whose account names no organisation: they see what they entered and their own record. */
    private static Actor applicantWithoutOrganisation() {
        return new Actor(UUID.randomUUID(), "lone." + UUID.randomUUID().toString().substring(0, 8), "Lone applicant",
                Set.of(Role.APPLICANT), null, null);
    }
}
