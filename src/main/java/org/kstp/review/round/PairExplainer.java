package org.kstp.review.round;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.kstp.common.NotFound;
import org.kstp.expert.Eligibility;
import org.kstp.expert.ExpertApi;
import org.kstp.expert.ExpertView;
import org.kstp.review.affinity.AffinityEngine;
import org.kstp.review.affinity.AffinityExplanation;
import org.kstp.review.affinity.AffinityWeights;
import org.kstp.review.domain.ConflictCheck;
import org.springframework.stereotype.Component;

/**
 * Why one expert is (or is not) on one proposal of a drawn round: the affinity components, scored
 * against the round's experts with their profiles as they are now, and every conflict rule's verdict.
 */
@Component
public class PairExplainer {

    private final RoundSnapshots snapshots;
    private final ExpertApi experts;
    private final ConflictCheck conflicts;
    private final AffinityWeights weights;
    private final RoundTexts texts;

    PairExplainer(RoundSnapshots snapshots, ExpertApi experts, ConflictCheck conflicts, AffinityWeights weights,
                  RoundTexts texts) {
        this.snapshots = snapshots;
        this.experts = experts;
        this.conflicts = conflicts;
        this.weights = weights;
        this.texts = texts;
    }

    /**
     * One pair.
     *
     * @param savedScore  the affinity the draw used (null when the expert was no candidate)
     * @param affinity    the components now; null when the expert has left the pool
     * @param eligibility every conflict rule's verdict now
     */
    public record Pair(UUID proposalId, UUID expertAccountId, String expertName, Float savedScore,
                       AffinityExplanation affinity, Eligibility eligibility) {
    }

    public Pair explain(ReviewRound round, UUID proposalId, UUID expertAccountId) {
        RoundProblem problem = snapshots.load(round);
        int p = problem.proposalIndex(proposalId);
        int e = problem.expertIndex(expertAccountId);
        if (p < 0 || e < 0) {
            throw new NotFound("review-round-pair", proposalId);
        }
        int pair = problem.pairs().find(p, e);
        Float saved = pair < 0 ? null : problem.pairs().score()[pair];
        List<ExpertView> views = problem.experts().stream()
                .map(x -> experts.expert(x.accountId()).orElse(null)).toList();
        AffinityExplanation affinity = null;
        if (views.get(e) != null) {
            List<ExpertView> present = views.stream().filter(Objects::nonNull).toList();
            try (AffinityEngine engine = AffinityEngine.index(present.stream().map(RoundTexts::profile).toList(),
                    weights)) {
                affinity = engine.explain(texts.proposal(proposalId), present.indexOf(views.get(e)));
            }
        }
        return new Pair(proposalId, expertAccountId, problem.experts().get(e).name(), saved, affinity,
                conflicts.explain(proposalId, expertAccountId));
    }
}
