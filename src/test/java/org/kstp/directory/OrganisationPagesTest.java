package org.kstp.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.identity.security.SignedInAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The organisation pages with real security: who sees which county, form errors, the review flag. */
@KstpIntegrationTest
class OrganisationPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    DirectoryApi directory;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void countyStaffSeeOnlyTheirCountyAndTheBureauSeesAll() throws Exception {
        String kashgar = register(TestCodes.valid("653101"), "653101");
        String yarkant = register(TestCodes.valid("653125"), "653125");

        mvc.perform(get("/directory/organisations").param("q", kashgar).with(as(Role.COUNTY_STAFF, "653101")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-uscc=\"" + kashgar + "\"")));
        mvc.perform(get("/directory/organisations").with(as(Role.COUNTY_STAFF, "653101")))
                .andExpect(content().string(not(containsString(yarkant))));
        mvc.perform(get("/directory/organisations").param("q", yarkant).with(as(Role.COUNTY_STAFF, "653125")))
                .andExpect(content().string(containsString("data-uscc=\"" + yarkant + "\"")));
        mvc.perform(get("/directory/organisations").with(as(Role.COUNTY_STAFF, "653125")))
                .andExpect(content().string(not(containsString(kashgar))));
        // The list is paged: the bureau finds each by searching its code.
        mvc.perform(get("/directory/organisations").param("q", kashgar).with(as(Role.BUREAU_STAFF, null)))
                .andExpect(content().string(containsString("data-uscc=\"" + kashgar + "\"")));
        mvc.perform(get("/directory/organisations").param("q", yarkant).with(as(Role.BUREAU_STAFF, null)))
                .andExpect(content().string(containsString("data-uscc=\"" + yarkant + "\"")));
        mvc.perform(get("/directory/organisations").param("q", yarkant).with(as(Role.COUNTY_STAFF, "653101")))
                .andExpect(content().string(not(containsString("data-uscc=\"" + yarkant + "\""))));
    }

    @Test
    void otherRolesAreForbiddenAndAnonymousUsersSignIn() throws Exception {
        mvc.perform(get("/directory/organisations").with(as(Role.APPLICANT, null))).andExpect(status().isForbidden());
        mvc.perform(get("/directory/organisations/new").with(as(Role.EXPERT, null))).andExpect(status().isForbidden());
        mvc.perform(get("/directory/organisations")).andExpect(status().is3xxRedirection());
    }

    @Test
    void aCodeFailingTheCheckIsSavedWithAWarningAndBadgedUntilConfirmed() throws Exception {
        String code = TestCodes.failingCheck("653101");
        mvc.perform(post("/directory/organisations/new").with(csrf()).with(as(Role.BUREAU_STAFF, null))
                        .param("uscc", code).param("name", "Web flagged").param("countyCode", "653101"))
                .andExpect(redirectedUrl("/directory/organisations"))
                .andExpect(flash().attribute("checkWarning", code))
                .andExpect(flash().attribute("notice", "directory.organisation.registered"));
        OrganisationSummary saved = directory.organisationByUscc(code).orElseThrow();
        assertThat(saved.needsReview()).isTrue();
        mvc.perform(get("/directory/organisations").param("q", code).with(as(Role.BUREAU_STAFF, null))
                        .flashAttr("checkWarning", code).flashAttr("notice", "directory.organisation.registered"))
                .andExpect(content().string(containsString("data-testid=\"check-warning\"")))
                .andExpect(content().string(containsString("GB 32100")))
                .andExpect(content().string(containsString("data-testid=\"needs-review\"")));

        mvc.perform(post("/directory/organisations/" + saved.id() + "/confirm").with(csrf())
                .with(as(Role.COUNTY_STAFF, "653101"))).andExpect(status().isForbidden());
        mvc.perform(post("/directory/organisations/" + saved.id() + "/confirm").with(csrf())
                .with(as(Role.BUREAU_STAFF, null))).andExpect(redirectedUrl("/directory/organisations"));
        assertThat(directory.organisation(saved.id())).get().extracting(OrganisationSummary::needsReview)
                .isEqualTo(false);
    }

    @Test
    void refusalsAreShownNextToTheirFields() throws Exception {
        mvc.perform(post("/directory/organisations/new").with(csrf()).with(as(Role.BUREAU_STAFF, null))
                        .param("uscc", "12345").param("name", "").param("countyCode", "653101"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "uscc", "common.uscc.length"))
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
                .andExpect(content().string(containsString("data-testid=\"uscc-error\"")));
        mvc.perform(post("/directory/organisations/new").with(csrf()).with(as(Role.COUNTY_STAFF, "653101"))
                        .param("uscc", TestCodes.valid("653125")).param("name", "Elsewhere")
                        .param("countyCode", "653125"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "countyCode", "directory.organisation.otherCounty"));
        String taken = register(TestCodes.valid("653101"), "653101");
        mvc.perform(post("/directory/organisations/new").with(csrf()).with(as(Role.BUREAU_STAFF, null))
                        .param("uscc", taken).param("name", "Again").param("countyCode", "653101"))
                .andExpect(model().attributeHasFieldErrorCode("form", "uscc", "directory.organisation.duplicate"));
    }

    @Test
    void countyStaffAreOfferedOnlyTheirCounty() throws Exception {
        mvc.perform(get("/directory/organisations/new").with(as(Role.COUNTY_STAFF, "653131")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"653131\"")))
                .andExpect(content().string(not(containsString("value=\"653101\""))));
    }

    @Test
    void theExportHoldsWhatTheFilteredListHoldsWithinTheCounty() throws Exception {
        String kashgar = register(TestCodes.valid("653101"), "653101");
        String yarkant = register(TestCodes.valid("653125"), "653125");
        assertThat(exported(kashgar, Role.COUNTY_STAFF, "653101")).containsExactly("Org " + kashgar);
        assertThat(exported(yarkant, Role.COUNTY_STAFF, "653101")).as("never another county's").isEmpty();
        assertThat(exported(yarkant, Role.BUREAU_STAFF, null)).containsExactly("Org " + yarkant);
    }

    private List<String> exported(String q, Role role, String county) throws Exception {
        byte[] xlsx = mvc.perform(get("/directory/organisations/export.xlsx").param("q", q).with(as(role, county)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read().stream().skip(1).map(r -> r.getCellText(0)).toList();
        }
    }

    private String register(String code, String county) {
        directory.registerOrganisation(new NewOrganisation(code, "Org " + code, county), Actor.system());
        return code;
    }

    private static RequestPostProcessor as(Role role, String county) {
        Actor actor = new Actor(UUID.randomUUID(), role.name().toLowerCase(), role.name(), Set.of(role), county, null);
        return user(new SignedInAccount(actor, "{noop}unused", false, true));
    }
}
