package org.kstp.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Call items on the bureau's call page (errors next to their field, audited saves, bureau only) and
 * the published call on the public portal, as a page and as the guideline PDF, without signing in.
 */
@KstpIntegrationTest
class CallItemsIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    ProgramCommands commands;
    @Autowired
    ProgramApi programs;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    Actor bureau;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        bureau = demo.actor("bureau.admin");
    }

    private UUID draftCall(String title) {
        return demo.draftCall(title, new BigDecimal("400000"), Duration.ofDays(5), Map.of());
    }

    @Test
    void theBureauAddsAnItemAndSeesRefusalsNextToTheField() throws Exception {
        UUID call = draftCall("Item editing");
        mvc.perform(post("/calls/" + call + "/items").with(demo.as("bureau.admin")).with(csrf())
                        .param("title", "Orchard renewal").param("researchGoals", "Goals")
                        .param("indicators", "1000 mu").param("budgetCap", "400000.01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is-invalid"),
                        containsString("单项经费上限不能超过指南经费总额上限400000.00元"))));
        mvc.perform(post("/calls/" + call + "/items").with(demo.as("bureau.admin")).with(csrf())
                        .param("title", "").param("researchGoals", "Goals").param("indicators", "1000 mu"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        assertThat(programs.call(call).orElseThrow().items()).isEmpty();

        mvc.perform(post("/calls/" + call + "/items").with(demo.as("bureau.admin")).with(csrf())
                        .param("title", "Orchard renewal").param("researchGoals", "Grafting of walnut")
                        .param("indicators", "1000 mu grafted").param("budgetCap", "300000").param("maxFunded", "2"))
                .andExpect(status().is3xxRedirection());
        CallItemView item = programs.call(call).orElseThrow().items().getFirst();
        assertThat(item.number()).isEqualTo(1);
        assertThat(item.budgetCap()).isEqualByComparingTo("300000");
        assertThat(item.maxFunded()).isEqualTo(2);
        mvc.perform(post("/calls/" + call + "/items").param("item", item.id().toString())
                        .with(demo.as("bureau.admin")).with(csrf()).param("title", "Orchard renewal and grafting")
                        .param("researchGoals", "Grafting").param("indicators", "1200 mu"))
                .andExpect(status().is3xxRedirection());
        CallItemView revised = programs.call(call).orElseThrow().items().getFirst();
        assertThat(revised.id()).isEqualTo(item.id());
        assertThat(revised.budgetCap()).isNull();
        assertThat(jdbc.sql("select count(*) from audit_record where object_id = ? and action in ('ADD_ITEM', 'REVISE_ITEM')")
                .param(call.toString()).query(Integer.class).single()).isEqualTo(2);
        mvc.perform(get("/calls/" + call).with(demo.as("bureau.admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Orchard renewal and grafting")));
    }

    @Test
    void onlyTheBureauEditsItems() throws Exception {
        UUID call = draftCall("Bureau only");
        mvc.perform(post("/calls/" + call + "/items").with(demo.as("pi.demo")).with(csrf())
                        .param("title", "Mine").param("researchGoals", "G").param("indicators", "I"))
                .andExpect(status().isForbidden());
        assertThat(programs.call(call).orElseThrow().items()).isEmpty();
    }

    @Test
    void thePublishedCallIsPublicWithItsItemsAndAsPdf() throws Exception {
        UUID call = draftCall("Public guideline");
        commands.addCallItem(call, new CallItemDraft("Fruit processing", "Juice and jam", "3 new products",
                new BigDecimal("200000"), 2), bureau);
        mvc.perform(get("/portal/calls/" + call)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/calls/" + call + ".pdf")).andExpect(status().isNotFound());
        commands.publishCall(call, bureau);

        mvc.perform(get("/portal/calls/" + call)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Fruit processing"), containsString("Juice and jam"),
                        containsString("3 new products"), containsString("200,000.00"),
                        containsString("/portal/calls/" + call + ".pdf"))));
        byte[] pdf = mvc.perform(get("/portal/calls/" + call + ".pdf")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(10_000); // the CJK font subset is embedded
        mvc.perform(get("/")).andExpect(content().string(containsString("Public guideline")));
    }

    @Test
    void theDemoCallHasItsItemsFromThePlan() throws Exception {
        var items = demo.openCall().items();
        assertThat(items).hasSize(3);
        assertThat(items).allSatisfy(i -> assertThat(i.budgetCap()).isNotNull());
        mvc.perform(get("/portal/calls/" + demo.openCall().id())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(items.getFirst().title()),
                        not(containsString("is-invalid")))));
    }
}
