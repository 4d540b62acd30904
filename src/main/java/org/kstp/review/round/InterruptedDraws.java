package org.kstp.review.round;

import java.time.Clock;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A draw runs in this process only: after a restart, a round still DRAWING has no job behind it.
 * Its draw saved nothing (the saving step is one transaction), so it goes back to DRAFT with a reason.
 */
@Component
class InterruptedDraws implements ApplicationRunner {

    private final ReviewRoundRepository rounds;
    private final AuditApi audit;
    private final Clock clock;

    InterruptedDraws(ReviewRoundRepository rounds, AuditApi audit, Clock clock) {
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (ReviewRound round : rounds.findByStatus(RoundStatus.DRAWING)) {
            DrawError error = new DrawError("review.round.draw.interrupted", java.util.List.of());
            round.failDraw(error.encode(), Actor.system(), clock.instant());
            rounds.save(round);
            audit.record(Actor.system(), "review-round", round.id(), RoundAction.FAIL_DRAW.name(),
                    error.key() + (round.seedForDraw() == null ? "" : "; seed=" + round.seedForDraw()));
        }
    }
}
