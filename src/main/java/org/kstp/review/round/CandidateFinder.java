package org.kstp.review.round;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.kstp.expert.Eligibility;
import org.kstp.expert.ExpertApi;
import org.kstp.expert.ExpertView;
import org.kstp.review.affinity.AffinityEngine;
import org.kstp.review.affinity.AffinityWeights;
import org.kstp.review.assignment.CandidatePairs;
import org.kstp.review.domain.ConflictCheck;
import org.kstp.review.domain.YearlyLoad;
import org.springframework.stereotype.Component;

/**
 * The candidates of a round from the real pool: per proposal, the experts no conflict rule excludes
 * (sanctioned, unavailable and suspended experts included), scored by affinity against the pool of
 * all of them, the best {@link #TOP_K} with positive affinity kept. An expert with no affinity at all
 * is no candidate: nothing in their profile touches the proposal.
 */
@Component
public class CandidateFinder {

    /** Candidates kept per proposal; enough for any k and q the bureau would choose. */
    public static final int TOP_K = 200;

    private final ConflictCheck conflicts;
    private final ExpertApi experts;
    private final YearlyLoad yearlyLoad;
    private final AffinityWeights weights;
    private final RoundTexts texts;

    CandidateFinder(ConflictCheck conflicts, ExpertApi experts, YearlyLoad yearlyLoad, AffinityWeights weights,
                    RoundTexts texts) {
        this.conflicts = conflicts;
        this.experts = experts;
        this.yearlyLoad = yearlyLoad;
        this.weights = weights;
        this.texts = texts;
    }

    /** The draw input for these proposals; {@code step} hears when the affinity step starts. */
    public RoundProblem find(Collection<UUID> proposalIds, RoundParameters parameters, Consumer<DrawStep> step) {
        List<UUID> proposals = new ArrayList<>(new TreeSet<>(proposalIds));
        Map<UUID, Set<UUID>> eligible = new HashMap<>();
        Map<UUID, ExpertView> pool = new TreeMap<>();
        for (UUID p : proposals) {
            Set<UUID> ids = new TreeSet<>();
            for (Eligibility e : conflicts.eligible(p)) {
                experts.expert(e.expertAccountId()).ifPresent(v -> {
                    ids.add(v.accountId());
                    pool.put(v.accountId(), v);
                });
            }
            eligible.put(p, ids);
        }
        List<ExpertView> views = new ArrayList<>(pool.values());
        List<SnapshotExpert> snapshot = snapshot(views);
        step.accept(DrawStep.AFFINITY);
        CandidatePairs pairs = score(proposals, views, eligible);
        return new RoundProblem(proposals, snapshot, pairs, parameters.reviewersPerProposal(),
                parameters.requireOutside());
    }

    /** Eligible counts by proposal, for the shortage flags. */
    public Map<UUID, Integer> eligibleCounts(Collection<UUID> proposalIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        proposalIds.forEach(p -> counts.put(p, conflicts.eligible(p).size()));
        return counts;
    }

    private List<SnapshotExpert> snapshot(List<ExpertView> views) {
        Map<UUID, Integer> organisations = new HashMap<>();
        List<SnapshotExpert> result = new ArrayList<>();
        for (ExpertView v : views) {
            int org = v.employerOrganisationId() == null ? -1
                    : organisations.computeIfAbsent(v.employerOrganisationId(), o -> organisations.size());
            result.add(new SnapshotExpert(v.accountId(), v.name(), org, RoundTexts.outside(v),
                    yearlyLoad.room(v.accountId())));
        }
        return result;
    }

    private CandidatePairs score(List<UUID> proposals, List<ExpertView> views, Map<UUID, Set<UUID>> eligible) {
        int[] start = new int[proposals.size() + 1];
        List<int[]> experts = new ArrayList<>();
        List<float[]> scores = new ArrayList<>();
        try (AffinityEngine engine = AffinityEngine.index(views.stream().map(RoundTexts::profile).toList(), weights)) {
            for (int p = 0; p < proposals.size(); p++) {
                float[] all = views.isEmpty() ? new float[0] : engine.scoreAll(texts.proposal(proposals.get(p)));
                Set<UUID> allowed = eligible.get(proposals.get(p));
                Integer[] order = new Integer[views.size()];
                Arrays.setAll(order, i -> i);
                // Best first; ties by index so equal inputs always give equal candidate lists.
                Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -all[i]).thenComparingInt(i -> i));
                int[] e = Arrays.stream(order).filter(i -> all[i] > 0 && allowed.contains(views.get(i).accountId()))
                        .limit(TOP_K).mapToInt(Integer::intValue).toArray();
                float[] s = new float[e.length];
                for (int i = 0; i < e.length; i++) {
                    s[i] = all[e[i]];
                }
                experts.add(e);
                scores.add(s);
                start[p + 1] = start[p] + e.length;
            }
        }
        int[] expert = new int[start[proposals.size()]];
        float[] score = new float[expert.length];
        for (int p = 0; p < proposals.size(); p++) {
            System.arraycopy(experts.get(p), 0, expert, start[p], experts.get(p).length);
            System.arraycopy(scores.get(p), 0, score, start[p], scores.get(p).length);
        }
        return new CandidatePairs(proposals.size(), start, expert, score);
    }
}
