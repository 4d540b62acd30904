package org.kstp.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.review.domain.ReviewService;
import org.kstp.review.domain.YearlyLoad;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The yearly review cap counts every assignment of the year; at the cap, the next one is refused. */
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
    YearlyLoad yearlyLoad;

    @Test
    void anExpertAtTheCapCannotBeAssignedAgain() {
        Actor bureau = demo.actor("bureau.admin");
        UUID expert = demo.actor("expert.demo3").accountId();
        int already = yearlyLoad.assignedThisYear(expert); // the demo's last-year reviews do not count
        jdbc.sql("update expert set yearly_cap = ? where account_id = ?").params(already + 1, expert).update();
        review.assign(demo.readyForReview(), expert, bureau);
        UUID next = demo.readyForReview();
        assertThatThrownBy(() -> review.assign(next, expert, bureau))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("yearlyCap");
        assertThat(proposals.summary(next).status()).isEqualTo("FORMALLY_CHECKED");
    }
}
