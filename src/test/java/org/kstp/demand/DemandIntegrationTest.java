package org.kstp.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.demand.domain.DemandAction;
import org.kstp.demand.domain.DemandService;
import org.kstp.demand.query.DemandQuery;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Demand collection on the real application and database, as the demo users: submission, county
 * scope, vetting, publication, linking to the open call, the public page without contact details,
 * and merging.
 */
@KstpIntegrationTest
class DemandIntegrationTest {

    private static final String KASHGAR = "653101";
    private static final String SHACHE = "653125";

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    DemandService demands;
    @Autowired
    DemandQuery query;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void anApplicantSubmitsForTheirOrganisationThroughTheForm() throws Exception {
        String title = "Jujube cracking " + UUID.randomUUID();
        UUID id = submitThroughForm("pi.demo", title, KASHGAR, "13900000001");
        var row = jdbc.sql("select organisation_id, county_code, co_funding, status from demand_technology_demand"
                + " where id = ?").param(id).query().singleRow();
        assertThat(row.get("organisation_id")).isEqualTo(demo.actor("pi.demo").organisationId());
        assertThat(row.get("county_code")).isEqualTo(KASHGAR);
        assertThat(row.get("co_funding").toString()).isEqualTo("50000.00");
        assertThat(row.get("status")).isEqualTo("SUBMITTED");
        assertThat(audited(id, "SUBMIT")).isEqualTo(1);
        String page = html(get("/demands/" + id).with(demo.as("pi.demo")));
        assertThat(page).contains(title, "13900000001", "0151");
    }

    @Test
    void theFormOffersTheSubmittersCountyAndIsRefusedToOthers() throws Exception {
        assertThat(html(get("/demands/new").with(demo.as("county.shache")))).contains("readonly", "莎车县");
        // the submitting organisation's county, fixed by the server like a county bureau's
        assertThat(html(get("/demands/new").with(demo.as("pi.demo")))).contains("readonly", "喀什市")
                .doesNotContain("name=\"countyCode\"");
        mvc.perform(get("/demands/new").with(demo.as("expert.demo1"))).andExpect(status().isConflict());
        mvc.perform(get("/demands")).andExpect(status().is3xxRedirection());
    }

    @Test
    void invalidFormsComeBackWithErrorsNextToTheFields() throws Exception {
        String page = mvc.perform(post("/demands").with(demo.as("pi.demo")).with(csrf())
                        .param("title", "").param("industryCode", "FRUIT").param("countyCode", "")
                        .param("coFunding", "1.001").param("contactPhone", "call me"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"title\"").contains("is-invalid").contains("invalid-feedback");
        var form = validForm("Bad code", KASHGAR, "13900000002");
        form.set("gbtIndustryCode", "9999");
        String unknownCode = mvc.perform(post("/demands").with(demo.as("pi.demo")).with(csrf()).params(form))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknownCode).contains("国民经济行业分类中没有代码“9999”。");
    }

    @Test
    void countyStaffSubmitForTheirCountyAndSeeOnlyTheirCounty() throws Exception {
        UUID kashgarDemand = submitThroughForm("pi.demo", "Kashgar only " + UUID.randomUUID(), KASHGAR, "13900000003");
        // The form says Kashgar city; county staff always submit for their own county.
        UUID shacheDemand = submitThroughForm("county.shache", "Shache need " + UUID.randomUUID(), KASHGAR,
                "13900000004");
        assertThat(jdbc.sql("select county_code from demand_technology_demand where id = ?").param(shacheDemand)
                .query(String.class).single()).isEqualTo(SHACHE);
        mvc.perform(get("/demands/" + kashgarDemand).with(demo.as("county.shache"))).andExpect(status().isNotFound());
        mvc.perform(get("/demands/" + shacheDemand).with(demo.as("county.shache"))).andExpect(status().isOk());
        assertThat(query.list(demo.actor("county.shache"), null)).extracting(DemandQuery.Row::id)
                .contains(shacheDemand).doesNotContain(kashgarDemand)
                .allSatisfy(id -> assertThat(jdbc.sql("select county_code from demand_technology_demand where id = ?")
                        .param(id).query(String.class).single()).isEqualTo(SHACHE));
        assertThat(query.list(demo.actor("bureau.admin"), null)).extracting(DemandQuery.Row::id)
                .contains(shacheDemand, kashgarDemand);
        mvc.perform(get("/demands/" + kashgarDemand).with(demo.as("expert.demo1"))).andExpect(status().isNotFound());
        String fragment = html(get("/demands").param("status", "SUBMITTED").header("HX-Request", "true")
                .with(demo.as("county.shache")));
        assertThat(fragment).doesNotContain("<html").contains("demand-results", shacheDemand.toString())
                .doesNotContain(kashgarDemand.toString());
    }

    @Test
    void theBureauVetsPublishesAndLinksAndThePublicSeesItWithoutContact() throws Exception {
        String title = "Walnut drying " + UUID.randomUUID();
        UUID id = submitThroughForm("pi.demo", title, KASHGAR, "13900000005");
        act(id, "VET", "bureau.admin");
        act(id, "PUBLISH", "bureau.admin");
        UUID call = demo.openCall().id();
        mvc.perform(post("/demands/" + id + "/calls").with(demo.as("bureau.admin")).with(csrf())
                .param("callId", call.toString())).andExpect(status().is3xxRedirection());
        assertThat(audited(id, "VET") + audited(id, "PUBLISH") + audited(id, "LINK_CALL")).isEqualTo(3);

        String staffPage = html(get("/demands/" + id).with(demo.as("bureau.admin")));
        assertThat(staffPage).contains(demo.openCall().title(), "13900000005", "Contact Person");

        String list = html(get("/demands/public"));
        assertThat(list).contains(title).doesNotContain("13900000005").doesNotContain("Contact Person");
        String publicPage = html(get("/demands/public/" + id));
        assertThat(publicPage).contains(title, demo.openCall().title(), "/portal/calls/" + call)
                .doesNotContain("13900000005").doesNotContain("Contact Person").doesNotContain("contact@example");
    }

    @Test
    void unpublishedDemandsAreNotPublic() throws Exception {
        UUID id = submitThroughForm("pi.demo", "Not yet public " + UUID.randomUUID(), KASHGAR, "13900000006");
        mvc.perform(get("/demands/public/" + id)).andExpect(status().isNotFound());
        act(id, "VET", "bureau.admin");
        mvc.perform(get("/demands/public/" + id)).andExpect(status().isNotFound());
        assertThat(html(get("/demands/public"))).doesNotContain("Not yet public");
    }

    @Test
    void theBureauMergesADuplicateAndBothPagesShowIt() throws Exception {
        UUID target = submitThroughForm("pi.demo", "Drip irrigation " + UUID.randomUUID(), KASHGAR, "13900000007");
        UUID duplicate = submitThroughForm("county.shache", "Drip irrigation too " + UUID.randomUUID(), SHACHE,
                "13900000008");
        mvc.perform(post("/demands/" + duplicate + "/actions/MERGE").with(demo.as("bureau.admin")).with(csrf())
                .param("mergeInto", target.toString()).param("comment", "same need"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "demand.done.MERGE"));
        var row = jdbc.sql("select status, merged_into_id from demand_technology_demand where id = ?")
                .param(duplicate).query().singleRow();
        assertThat(row.get("status")).isEqualTo("MERGED");
        assertThat(row.get("merged_into_id")).isEqualTo(target);
        assertThat(html(get("/demands/" + duplicate).with(demo.as("county.shache")))).contains("data-testid=\"merged-into\"");
        assertThat(html(get("/demands/" + target).with(demo.as("bureau.admin")))).contains("Drip irrigation too");
        assertThat(audited(duplicate, "MERGE")).isEqualTo(1);
    }

    @Test
    void onlyTheBureauVetsAndRefusalsAreMessagesNotErrors() throws Exception {
        UUID id = submitThroughForm("pi.demo", "Refusal " + UUID.randomUUID(), KASHGAR, "13900000009");
        String page = "http://localhost/demands/" + id;
        mvc.perform(post("/demands/" + id + "/actions/VET").with(demo.as("pi.demo")).with(csrf()).header("Referer", page))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refusal", "您不能对这条需求执行“审核通过”。"));
        mvc.perform(post("/demands/" + id + "/calls").with(demo.as("bureau.admin")).with(csrf()).header("Referer", page)
                        .param("callId", demo.openCall().id().toString()))
                .andExpect(flash().attribute("refusal", "需求状态为“待审核”，审核通过后才能纳入申报指南。"));
        demands.act(id, DemandAction.WITHDRAW, null, null, demo.actor("pi.demo"));
        assertThat(jdbc.sql("select status from demand_technology_demand where id = ?").param(id)
                .query(String.class).single()).isEqualTo("WITHDRAWN");
    }

    private UUID submitThroughForm(String user, String title, String county, String phone) throws Exception {
        String location = mvc.perform(post("/demands").with(demo.as(user)).with(csrf())
                        .params(validForm(title, county, phone)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private static org.springframework.util.MultiValueMap<String, String> validForm(String title, String county,
                                                                                   String phone) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("title", title);
        form.add("problem", "Fruit cracks before harvest");
        form.add("industryCode", "FRUIT");
        form.add("gbtIndustryCode", "0151");
        form.add("countyCode", county);
        form.add("expectedOutcome", "A tested practice");
        form.add("coFunding", "50000");
        form.add("contactName", "Contact Person");
        form.add("contactPhone", phone);
        form.add("contactEmail", "contact@example.org");
        return form;
    }

    private void act(UUID id, String action, String user) throws Exception {
        mvc.perform(post("/demands/" + id + "/actions/" + action).with(demo.as(user)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "demand.done." + action));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private int audited(UUID id, String action) {
        return jdbc.sql("select count(*) from audit_record where object_type = 'demand' and object_id = ? and action = ?")
                .param(id.toString()).param(action).query(Integer.class).single();
    }
}
