package org.kstp.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.proposal.domain.ProposalService;
import org.kstp.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;

/** The review lists read by SQL say exactly what the aggregate says, and only for the statuses asked. */
@KstpIntegrationTest
class ProposalSummariesIntegrationTest {

    @Autowired
    Demo demo;
    @Autowired
    ProposalService proposals;

    @Test
    void listsInReviewMatchTheAggregate() {
        UUID callId = demo.openCall().id();
        Actor pi = demo.newApplicant();
        UUID checked = demo.formallyChecked(callId, pi, "Summary " + UUID.randomUUID());
        UUID draft = proposals.draft(callId, demo.contentFor(callId, "Still a draft"), demo.newApplicant());

        ProposalSummary fromAggregate = proposals.summary(checked);
        assertThat(fromAggregate.teamNames()).isNotEmpty();
        assertThat(proposals.inReview()).contains(fromAggregate).extracting(ProposalSummary::id).doesNotContain(draft);
        assertThat(proposals.rankableOfCall(callId)).contains(fromAggregate)
                .extracting(ProposalSummary::id).doesNotContain(draft);
        assertThat(proposals.rankableOfCall(UUID.randomUUID())).isEmpty();
    }
}
