package org.kstp.review.scoring;

import java.util.Map;
import org.kstp.review.domain.ScoreCriterion;

/** What the expert typed on the scorecard form, parsed but not yet checked against the sheet. */
public record ScorecardInput(Map<ScoreCriterion, Integer> scores, String opinion, Recommendation recommendation,
                             boolean pledged) {

    public ScorecardInput {
        scores = Map.copyOf(scores);
    }
}
