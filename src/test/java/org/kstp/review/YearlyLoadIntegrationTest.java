package org.kstp.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.proposal.domain.FormalCheck;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.review.domain.ReviewService;
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
    FormalCheck formalCheck;
    @Autowired
    ReviewService review;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anExpertAtTheCapCannotBeAssignedAgain() {
        Actor bureau = demo.actor("bureau.admin");
        UUID expert = demo.actor("expert.demo3").accountId();
        int already = jdbc.sql("select count(*) from review_assignment where expert_account_id = ?").param(expert)
                .query(Integer.class).single();
        jdbc.sql("update expert set yearly_cap = ? where account_id = ?").params(already + 1, expert).update();
        review.assign(readyForReview(bureau), expert, bureau);
        UUID next = readyForReview(bureau);
        assertThatThrownBy(() -> review.assign(next, expert, bureau))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("yearlyCap");
        assertThat(proposals.summary(next).status()).isEqualTo("FORMALLY_CHECKED");
    }

    private UUID readyForReview(Actor bureau) {
        Actor pi = demo.newApplicant();
        UUID id = proposals.draft(demo.openCall().id(), demo.openCallContent("Load " + pi.username(), "653101"), pi);
        proposals.act(id, ProposalAction.SUBMIT, null, pi);
        proposals.act(id, ProposalAction.ENDORSE, null, demo.actor("inst.admin"));
        proposals.act(id, ProposalAction.ACCEPT, null, bureau);
        var verdicts = new java.util.HashMap<String, FormalCheck.Verdict>();
        demo.openCall().formalCheckItems().forEach(i -> verdicts.put(i, new FormalCheck.Verdict(i, true, null)));
        formalCheck.record(id, verdicts, FormalCheck.Outcome.RETURN, bureau);
        return id;
    }
}
