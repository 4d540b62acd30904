package org.kstp.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kstp.proposal.domain.ProposalAction.ACCEPT;
import static org.kstp.proposal.domain.ProposalAction.ENDORSE;
import static org.kstp.proposal.domain.ProposalAction.RECOMMEND;
import static org.kstp.proposal.domain.ProposalStatus.ENDORSED;
import static org.kstp.proposal.domain.ProposalStatus.RECOMMENDED;
import static org.kstp.proposal.domain.ProposalStatus.SUBMITTED;

import org.junit.jupiter.api.Test;

/** A call's stages decide the path: the first stage it uses comes next, the others are skipped. */
class RoutingStagesTest {

    @Test
    void allStagesOn() {
        RoutingStages stages = new RoutingStages(true, true);
        assertThat(stages.permits(SUBMITTED, ENDORSE)).isTrue();
        assertThat(stages.permits(SUBMITTED, RECOMMEND)).isFalse();
        assertThat(stages.permits(SUBMITTED, ACCEPT)).isFalse();
        assertThat(stages.permits(ENDORSED, RECOMMEND)).isTrue();
        assertThat(stages.permits(ENDORSED, ACCEPT)).isFalse();
        assertThat(stages.permits(RECOMMENDED, ACCEPT)).isTrue();
    }

    @Test
    void endorsementOnly() {
        RoutingStages stages = new RoutingStages(true, false);
        assertThat(stages.permits(SUBMITTED, ENDORSE)).isTrue();
        assertThat(stages.permits(ENDORSED, RECOMMEND)).isFalse();
        assertThat(stages.permits(ENDORSED, ACCEPT)).isTrue();
    }

    @Test
    void recommendationOnly() {
        RoutingStages stages = new RoutingStages(false, true);
        assertThat(stages.permits(SUBMITTED, ENDORSE)).isFalse();
        assertThat(stages.permits(SUBMITTED, RECOMMEND)).isTrue();
        assertThat(stages.permits(SUBMITTED, ACCEPT)).isFalse();
    }

    @Test
    void noStagesGoesStraightToIntake() {
        RoutingStages stages = new RoutingStages(false, false);
        assertThat(stages.permits(SUBMITTED, ENDORSE)).isFalse();
        assertThat(stages.permits(SUBMITTED, RECOMMEND)).isFalse();
        assertThat(stages.permits(SUBMITTED, ACCEPT)).isTrue();
    }
}
