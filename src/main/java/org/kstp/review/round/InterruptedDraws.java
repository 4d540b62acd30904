package org.kstp.review.round;

import java.util.List;
import org.kstp.common.Actor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A draw runs in this process only: after a restart, a round still DRAWING has no job behind it.
 * Its draw saved nothing (the saving step is one transaction), so it goes back to DRAFT with a reason.
 */
@Component
class InterruptedDraws implements ApplicationRunner {

    private final ReviewRoundRepository rounds;
    private final DrawJob job;

    InterruptedDraws(ReviewRoundRepository rounds, DrawJob job) {
        this.rounds = rounds;
        this.job = job;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (ReviewRound round : rounds.findByStatus(RoundStatus.DRAWING)) {
            job.failInOwnTransaction(round.id(), new DrawError("review.round.draw.interrupted", List.of()),
                    Actor.system());
        }
    }
}
