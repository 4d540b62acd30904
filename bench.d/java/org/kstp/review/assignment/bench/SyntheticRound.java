package org.kstp.review.assignment.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.kstp.review.assignment.AssignmentProblem;
import org.kstp.review.assignment.CandidatePairs;

/** Rounds with synthetic affinities ({@code --affinity synthetic}), for the largest sizes. */
final class SyntheticRound {

    private static final int DISCIPLINES = 60;

    private SyntheticRound() {
    }

    /**
     * A round with synthetic affinities, for sizes where the text corpus would only repeat itself:
     * 60 disciplines; of a proposal's candidates 70 % share its discipline; affinity is
     * 0.3 for the shared discipline plus 0.7 · u² (u uniform). Conflicts: same organisation.
     */
    /** The expert pool: discipline, organisation and outside flag per expert, experts by discipline. */
    private record Pool(int[] discipline, int[] org, boolean[] outside, List<List<Integer>> byDiscipline,
            int organisations) {
    }

    static BenchInstance generate(BenchInstance.Options o) {
        var random = new SplittableRandom(o.seed());
        Pool pool = pool(o.experts(), random);
        int c = Math.min(o.candidates(), o.experts());
        int[] start = new int[o.proposals() + 1];
        int[] expert = new int[o.proposals() * c];
        float[] score = new float[expert.length];
        var conflicts = new ArrayList<Long>();
        var seen = new HashSet<Integer>();
        for (int p = 0; p < o.proposals(); p++) {
            int d = random.nextInt(DISCIPLINES);
            int proposalOrg = random.nextInt(pool.organisations());
            seen.clear();
            for (int at = p * c; at < (p + 1) * c; at++) {
                int e = drawExpert(pool.byDiscipline().get(d), o.experts(), seen, random);
                expert[at] = e;
                double u = random.nextDouble();
                score[at] = (float) ((pool.discipline()[e] == d ? 0.3 : 0) + 0.7 * u * u);
                if (pool.org()[e] == proposalOrg) {
                    conflicts.add(CandidatePairs.key(p, e));
                }
            }
            start[p + 1] = (p + 1) * c;
        }
        long[] keys = conflicts.stream().mapToLong(Long::longValue).sorted().toArray();
        var all = new CandidatePairs(o.proposals(), start, expert, score);
        var problem = new AssignmentProblem(all.without(keys), o.experts(), o.k(),
                BenchInstance.capacities(o.experts(), o.maxLoad(), o.seed()), pool.org(), pool.outside(),
                o.requireOutside());
        return new BenchInstance(problem, keys, ids("P", o.proposals()), ids("E", o.experts()), 0, all.size());
    }

    private static Pool pool(int experts, SplittableRandom random) {
        int organisations = Math.max(2, experts / 8);
        int[] discipline = new int[experts];
        int[] org = new int[experts];
        boolean[] outside = new boolean[experts];
        List<List<Integer>> byDiscipline = new ArrayList<>();
        for (int d = 0; d < DISCIPLINES; d++) {
            byDiscipline.add(new ArrayList<>());
        }
        for (int e = 0; e < experts; e++) {
            discipline[e] = random.nextInt(DISCIPLINES);
            byDiscipline.get(discipline[e]).add(e);
            org[e] = random.nextInt(organisations);
            outside[e] = org[e] % 10 < 3;
        }
        return new Pool(discipline, org, outside, byDiscipline, organisations);
    }

    /** 70 % from the proposal's discipline while it has unused experts, else anyone; no repeats. */
    private static int drawExpert(List<Integer> same, int experts, Set<Integer> seen, SplittableRandom random) {
        int e;
        do {
            e = random.nextInt(10) < 7 && seen.size() < same.size() ? same.get(random.nextInt(same.size()))
                    : random.nextInt(experts);
        } while (!seen.add(e));
        return e;
    }

    private static List<String> ids(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    }
}
