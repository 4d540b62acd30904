package org.kstp.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The bureau's rule settings: a programme is marked as a kind the PI limit does not count (audited,
 * bureau only), and a call's page names the source document of each rule group beside its numbers.
 */
@KstpIntegrationTest
class RuleSettingsPagesIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    ProgramApi programs;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    UUID callId;
    UUID programId;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        callId = demo.publishedCall("Rules call " + UUID.randomUUID(), new BigDecimal("1000000"), Duration.ofDays(3));
        programId = programs.call(callId).orElseThrow().programId();
    }

    @Test
    void theBureauMarksAProgrammeAsNotCountedInThePiLimit() throws Exception {
        assertThat(programs.callsOutsidePiLimit()).doesNotContain(callId);
        mvc.perform(post("/programs/" + programId + "/pi-limit").with(demo.as("bureau.admin")).with(csrf())
                .param("outside", "true")).andExpect(status().is3xxRedirection());
        assertThat(programs.callsOutsidePiLimit()).contains(callId);
        assertThat(html("/programs/" + programId)).contains("data-testid=\"pi-limit-kind\"").contains("checked");
        assertThat(jdbc.sql("select detail from audit_record where object_id = ? and action = 'CHANGE_PI_LIMIT_COUNTING'")
                .param(programId.toString()).query(String.class).single()).isEqualTo("false -> true");

        mvc.perform(post("/programs/" + programId + "/pi-limit").with(demo.as("bureau.admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(programs.callsOutsidePiLimit()).doesNotContain(callId);
    }

    @Test
    void anApplicantCannotChangeHowTheLimitCounts() throws Exception {
        mvc.perform(post("/programs/" + programId + "/pi-limit").with(demo.as("pi.demo")).with(csrf())
                .param("outside", "true")).andExpect(status().isForbidden());
        assertThat(programs.callsOutsidePiLimit()).doesNotContain(callId);
    }

    @Test
    void theCallPageNamesEachRuleGroupsSourceAndNewCallsCheckTheLegalRepresentative() throws Exception {
        String page = html("/calls/" + callId);
        assertThat(page).contains("\u56fd\u529e\u53d1\u30142021\u301532\u53f7"); // the 2021 budget document
        assertThat(page).contains("data-testid=\"source-concurrency\"").contains("data-testid=\"source-legal-rep\"");
        assertThat(programs.call(callId).orElseThrow().checkHostLegalRepresentative()).isTrue();
        assertThat(programs.call(callId).orElseThrow().concurrencyRules().piLimitCountsMemberships()).isFalse();
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url).with(demo.as("bureau.admin"))).andReturn().getResponse().getContentAsString();
    }
}
