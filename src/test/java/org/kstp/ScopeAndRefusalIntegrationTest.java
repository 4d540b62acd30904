package org.kstp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.proposal.query.ProposalQuery;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Data scope enforced on the server for every object, and illegal actions refused with a message
 * (never a server error), on the real application and database.
 */
@KstpIntegrationTest
class ScopeAndRefusalIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;
    @Autowired
    ProposalQuery query;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    UUID kashgarProposal;
    Actor pi;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        pi = demo.newApplicant();
        kashgarProposal = proposals.draft(demo.openCall().id(), demo.openCallContent("Scope test"), pi);
        proposals.act(kashgarProposal, ProposalAction.SUBMIT, null, pi);
    }

    @Test
    void countyStaffSeeOnlyTheirCounty() throws Exception {
        mvc.perform(get("/proposals/" + kashgarProposal).with(demo.as("county.shache"))).andExpect(status().isNotFound());
        assertThat(query.list(demo.actor("county.shache"), null)).noneMatch(r -> r.id().equals(kashgarProposal));
        mvc.perform(get("/proposals/" + kashgarProposal).with(demo.as("bureau.admin"))).andExpect(status().isOk());
        assertThat(query.list(demo.actor("bureau.admin"), null)).anyMatch(r -> r.id().equals(kashgarProposal));
    }

    @Test
    void expertsSeeNothingTheyAreNotAssigned() throws Exception {
        mvc.perform(get("/proposals/" + kashgarProposal).with(demo.as("expert.demo1"))).andExpect(status().isNotFound());
        mvc.perform(get("/programs").with(demo.as("expert.demo1"))).andExpect(status().isForbidden());
        mvc.perform(get("/review/assignments/" + UUID.randomUUID()).with(demo.as("expert.demo1")))
                .andExpect(status().isNotFound());
    }

    @Test
    void separatedAdministratorsCannotTouchBusinessData() throws Exception {
        for (String admin : new String[] {"sys.admin", "sec.admin", "audit.admin"}) {
            mvc.perform(get("/proposals/" + kashgarProposal).with(demo.as(admin))).andExpect(status().isNotFound());
            mvc.perform(post("/proposals/" + kashgarProposal + "/actions/ACCEPT").with(demo.as(admin)).with(csrf())
                    .header("Referer", "http://localhost/proposals")).andExpect(status().isNotFound());
        }
    }

    @Test
    void anIllegalActionIsRefusedWithAMessageNotAnError() throws Exception {
        String page = "http://localhost/proposals/" + kashgarProposal;
        mvc.perform(post("/proposals/" + kashgarProposal + "/actions/ENDORSE").with(demo.as(pi)).with(csrf())
                        .header("Referer", page))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refusal", "您不能对这份申报书执行“单位审核通过”。"));
        mvc.perform(post("/proposals/" + kashgarProposal + "/actions/PASS_FORMAL_CHECK").with(demo.as("bureau.admin"))
                        .with(csrf()).header("Referer", page))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refusal", "当前状态（已提交）下不能执行“形式审查通过”。"));
        String status = jdbc.sql("select status from proposal where id = ?").param(kashgarProposal)
                .query(String.class).single();
        assertThat(status).isEqualTo("SUBMITTED");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRejected() throws Exception {
        mvc.perform(post("/proposals/" + kashgarProposal + "/actions/WITHDRAW").with(demo.as(pi)))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyTransitionIsAudited() {
        Integer rows = jdbc.sql("select count(*) from audit_record where object_type = 'proposal' and object_id = ?"
                + " and action in ('DRAFT', 'SUBMIT')").param(kashgarProposal.toString()).query(Integer.class).single();
        assertThat(rows).isEqualTo(2);
    }
}
