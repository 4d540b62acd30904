package org.kstp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A double click, a retry or two tabs never make two submissions, and none of them sees an error. */
@KstpIntegrationTest
class SubmissionIdempotencyIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentAndRepeatedSubmitsMakeOneSubmission() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        Actor pi = demo.newApplicant();
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent("Double click"), pi);
        Callable<Integer> submit = () -> mvc.perform(post("/proposals/" + id + "/actions/SUBMIT")
                .with(demo.as(pi)).with(csrf()).header("Referer", "http://localhost/proposals/" + id))
                .andReturn().getResponse().getStatus();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(submit));
        }
        for (Future<Integer> result : results) {
            assertThat(result.get()).isEqualTo(302);
        }
        pool.shutdown();
        assertThat(submit.call()).isEqualTo(302);

        Integer submissions = jdbc.sql("select count(*) from proposal_status_change where proposal_id = ?"
                + " and action = 'SUBMIT'").param(id).query(Integer.class).single();
        assertThat(submissions).isEqualTo(1);
        assertThat(proposals.summary(id).status()).isEqualTo("SUBMITTED");
        assertThat(proposals.summary(id).trackingNumber()).matches("KS\\d{4}-\\d{6}");
        proposals.act(id, ProposalAction.SUBMIT, null, pi);
        assertThat(jdbc.sql("select outcome from proposal_submit_attempt where proposal_id = ?").param(id)
                .query(String.class).list()).containsOnlyOnce("SUBMITTED").contains("REPEATED");
        assertThat(jdbc.sql("select count(*) from audit_record where object_id = ? and action = 'SUBMIT'")
                .param(id.toString()).query(Integer.class).single()).isEqualTo(1);
    }
}
