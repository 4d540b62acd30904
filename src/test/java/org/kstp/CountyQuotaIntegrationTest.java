package org.kstp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.program.ProgramApi;
import org.kstp.proposal.domain.CountyQuotas;
import org.kstp.proposal.domain.ProposalAction;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;

/** A county recommends within its quota; a second proposal over quota is refused until a place frees up. */
@KstpIntegrationTest
class CountyQuotaIntegrationTest {

    @Autowired
    Demo demo;
    @Autowired
    ProgramApi programs;
    @Autowired
    ProposalService proposals;
    @Autowired
    CountyQuotas quotas;

    @Test
    void recommendationsStopAtTheQuotaAndAReturnGivesThePlaceBack() {
        Actor bureau = demo.actor("bureau.admin");
        UUID callId = demo.publish(demo.draftCall("Quota call", new BigDecimal("1000000"), Duration.ofDays(5),
                Map.of("653125", 1)));
        UUID first = endorsedIn(callId);
        UUID second = endorsedIn(callId);
        Actor county = demo.actor("county.shache");

        proposals.act(first, ProposalAction.RECOMMEND, null, county);
        assertThat(quotas.use(programs.call(callId).orElseThrow(), "653125")).isEqualTo(new CountyQuotas.Use(1, 1));
        assertThatThrownBy(() -> proposals.act(second, ProposalAction.RECOMMEND, null, county))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("quotaFull");

        proposals.act(first, ProposalAction.RETURN, "Please revise the budget", demo.actor("bureau.admin"));
        proposals.act(second, ProposalAction.RECOMMEND, null, county);
        assertThat(proposals.summary(second).status()).isEqualTo("RECOMMENDED");
    }

    private UUID endorsedIn(UUID callId) {
        Demo.Host shache = demo.newHostIn("653125"); // the proposal's county is its host's
        Actor pi = shache.applicant();
        UUID id = proposals.draft(callId, Demo.completeContent("Quota " + pi.username()), pi);
        proposals.act(id, ProposalAction.SUBMIT, null, pi);
        proposals.act(id, ProposalAction.ENDORSE, null, shache.administrator());
        return id;
    }
}
