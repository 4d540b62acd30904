package org.kstp.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.support.Demo;
import org.kstp.support.Waits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Extensions and grace periods of a call's window, through the bureau's page: refused changes explain
 * themselves next to the form, a grace period keeps submissions coming after the published deadline,
 * and owners of unsubmitted drafts hear of every change with its reason.
 */
@KstpIntegrationTest
class CallWindowIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    ProgramApi programs;
    @Autowired
    ProposalService proposals;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    UUID callId;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        Actor bureau = demo.actor("bureau.admin");
        callId = demo.publishedCall("Window call " + UUID.randomUUID(), new BigDecimal("1000000"), Duration.ofDays(3));
    }

    @Test
    void aGracePeriodTakesSubmissionsAfterTheDeadlineAndDraftOwnersAreTold() throws Exception {
        Actor pi = demo.newApplicant();
        UUID draft = proposals.draft(callId, Demo.completeContent("Grace " + pi.username()), pi);
        // Time passes: the published deadline was ten minutes ago.
        Instant deadline = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
        jdbc.sql("update program_call set closes_at = ? where id = ?").params(Timestamp.from(deadline), callId).update();
        assertThat(programs.call(callId).orElseThrow().acceptingProposals()).isFalse();

        mvc.perform(post("/calls/" + callId + "/window").with(demo.as("bureau.admin")).with(csrf())
                        .param("closesAt", local(deadline)).param("graceMinutes", "60")
                        .param("reason", "截止前一小时上传服务拥堵"))
                .andExpect(status().is3xxRedirection());

        CallView call = programs.call(callId).orElseThrow();
        assertThat(call.acceptingProposals()).isTrue();
        assertThat(call.inGracePeriod(Instant.now())).isTrue();
        assertThat(programs.openCalls()).anyMatch(c -> c.id().equals(callId));
        mvc.perform(get("/proposals/" + draft).with(demo.as(pi)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("现处于宽限期")));
        proposals.act(draft, ProposalAction.SUBMIT, null, pi);
        assertThat(proposals.summary(draft).status()).isEqualTo("SUBMITTED");

        Waits.until("the draft owner is told of the change", Duration.ofSeconds(10), () -> jdbc.sql(
                "select count(*) from notification_notice where recipient_id = ?"
                        + " and message_key = 'notification.call.windowChanged' and args::text like ?")
                .params(pi.accountId(), "%截止前一小时上传服务拥堵%").query(Long.class).single() > 0);
        assertThat(jdbc.sql("select count(*) from audit_record where object_id = ? and action = 'CHANGE_WINDOW'")
                .param(callId.toString()).query(Long.class).single()).isEqualTo(1L);
        mvc.perform(get("/calls/" + callId).with(demo.as("bureau.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("截止前一小时上传服务拥堵")));
    }

    @Test
    void aShorterDeadlineOrAMissingReasonIsRefusedNextToTheForm() throws Exception {
        Instant closes = programs.call(callId).orElseThrow().closesAt();
        mvc.perform(post("/calls/" + callId + "/window").with(demo.as("bureau.admin")).with(csrf())
                        .param("closesAt", local(closes.minus(Duration.ofDays(1)))).param("graceMinutes", "0")
                        .param("reason", "提前截止"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("已发布的指南不能提前截止")));
        mvc.perform(post("/calls/" + callId + "/window").with(demo.as("bureau.admin")).with(csrf())
                        .param("closesAt", local(closes.plus(Duration.ofDays(1)))).param("graceMinutes", "0")
                        .param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        assertThat(programs.call(callId).orElseThrow().closesAt()).isEqualTo(closes);
        mvc.perform(post("/calls/" + callId + "/window").with(demo.as("pi.demo")).with(csrf())
                        .param("closesAt", local(closes.plus(Duration.ofDays(1)))).param("graceMinutes", "0")
                        .param("reason", "not mine"))
                .andExpect(status().isForbidden());
    }

    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, BusinessTime.ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
