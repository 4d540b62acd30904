package org.kstp.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.proposal.domain.ExpertExclusions;
import org.kstp.proposal.domain.ExpertExclusions.Entry;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The applicant's exclusion list: at most three, with reasons, seen by team and bureau only, honoured by review. */
@KstpIntegrationTest
class ExpertExclusionIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;
    @Autowired
    ExpertExclusions exclusions;

    @Test
    void aNamedExpertIsExcludedAndOnlyTeamAndBureauSeeTheList() throws Exception {
        Actor pi = demo.newApplicant();
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent("Exclusions"), pi);
        Actor expert = demo.actor("expert.demo2");
        exclusions.replace(id, List.of(new Entry(expert.displayName(), null, "Competing group", null)), pi);

        assertThat(exclusions.of(id, pi)).singleElement()
                .satisfies(e -> assertThat(e.expertAccountId()).isEqualTo(expert.accountId()));
        assertThat(proposals.participants(id).excludedExperts()).containsEntry(expert.accountId(), "Competing group");

        assertThatThrownBy(() -> exclusions.replace(id, List.of(new Entry("A", null, "r", null),
                new Entry("B", null, "r", null), new Entry("C", null, "r", null), new Entry("D", null, "r", null)), pi))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("tooMany");
        assertThatThrownBy(() -> exclusions.replace(id, List.of(new Entry("A", null, " ", null)), pi))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("reasonRequired");

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        mvc.perform(get("/proposals/" + id + "/exclusions").with(demo.as(pi)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Competing group")));
        mvc.perform(get("/proposals/" + id + "/exclusions").with(demo.as("expert.demo2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/proposals/" + id + "/exclusions").with(demo.as("inst.admin")))
                .andExpect(status().isNotFound());
    }
}
