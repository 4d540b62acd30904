package org.kstp.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.expert.ExpertApi;
import org.kstp.expert.domain.YearlyCap;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.review.domain.ReviewService;
import org.kstp.review.domain.YearlyLoad;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The yearly review cap (the pool's one setting, an expert's own lower cap winning) counts every
 * assignment of the year; at the cap, the next one is refused.
 */
@KstpIntegrationTest
class YearlyLoadIntegrationTest {

    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;
    @Autowired
    ReviewService review;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ExpertApi experts;
    @Autowired
    YearlyCap caps;
    @Autowired
    WebApplicationContext context;
    @Autowired
    YearlyLoad yearlyLoad;

    @Test
    void anExpertAtTheCapCannotBeAssignedAgain() {
        Actor bureau = demo.actor("bureau.admin");
        UUID expert = demo.actor("expert.demo3").accountId();
        int already = yearlyLoad.assignedThisYear(expert); // the demo's last-year reviews do not count
        jdbc.sql("update expert set personal_cap = ? where account_id = ?").params(already + 1, expert).update();
        try {
            assertThat(experts.yearlyCap(expert)).as("the expert's own lower cap wins").isEqualTo(already + 1);
            review.assign(demo.readyForReview(), expert, bureau);
            UUID next = demo.readyForReview();
            assertThatThrownBy(() -> review.assign(next, expert, bureau))
                    .isInstanceOf(RuleViolation.class).hasMessageContaining("yearlyCap");
            assertThat(proposals.summary(next).status()).isEqualTo("FORMALLY_CHECKED");
        } finally {
            jdbc.sql("update expert set personal_cap = null where account_id = ?").param(expert).update();
        }
    }

    /** The pool's cap is the bureau's setting: lowering it binds every expert, whatever their own figure. */
    @Test
    void theBureausSettingBindsEveryExpertAndAHigherOwnCapIsIgnored() throws Exception {
        Actor bureau = demo.actor("bureau.admin");
        UUID expert = demo.actor("expert.demo4").accountId();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        assertThat(caps.poolCap()).as("kstp.rules.expert-yearly-cap").isEqualTo(10);
        mvc.perform(post("/experts/yearly-cap").param("cap", "3").with(demo.as("expert.demo4")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(caps.poolCap()).isEqualTo(10);
        jdbc.sql("update expert set personal_cap = 8 where account_id = ?").param(expert).update();
        try {
            mvc.perform(post("/experts/yearly-cap").param("cap", "3").with(demo.as(bureau)).with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(caps.poolCap()).isEqualTo(3);
            assertThat(experts.yearlyCap(expert)).as("an own cap of 8 is higher: the setting wins").isEqualTo(3);
            assertThat(jdbc.sql("select count(*) from audit_record where object_type = 'expert-setting'")
                    .query(Integer.class).single()).isPositive();
            mvc.perform(get("/experts").with(demo.as(bureau)))
                    .andExpect(content().string(containsString("data-testid=\"yearly-cap\"")));
            assertThatThrownBy(() -> caps.personal(4)).isInstanceOf(RuleViolation.class)
                    .hasMessageStartingWith("expert.cap.personalRange");
            assertThat(caps.personal(2)).isEqualTo(2);
            assertThatThrownBy(() -> caps.change(101, bureau)).hasMessageStartingWith("expert.cap.range");
        } finally {
            caps.change(10, bureau);
            jdbc.sql("update expert set personal_cap = null where account_id = ?").param(expert).update();
        }
        assertThat(experts.yearlyCap(expert)).isEqualTo(10);
    }
}
