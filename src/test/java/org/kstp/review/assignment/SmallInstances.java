package org.kstp.review.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random small rounds for property tests, and a brute-force optimum to compare the solver with. */
final class SmallInstances {

    /** A problem with its conflict keys (sorted) and the candidates before conflicts were removed. */
    record Instance(AssignmentProblem problem, long[] conflicts) {
    }

    private SmallInstances() {
    }

    static Instance random(long seed, int maxPairs, boolean requireOutside) {
        Random r = new Random(seed);
        int proposals = 1 + r.nextInt(3);
        int experts = 2 + r.nextInt(4);
        int orgs = 1 + r.nextInt(experts);
        boolean[] orgOutside = new boolean[orgs];
        for (int o = 0; o < orgs; o++) {
            orgOutside[o] = r.nextInt(3) == 0;
        }
        int[] organisation = new int[experts];
        boolean[] outside = new boolean[experts];
        int[] capacity = new int[experts];
        for (int e = 0; e < experts; e++) {
            organisation[e] = r.nextInt(orgs);
            outside[e] = orgOutside[organisation[e]];
            capacity[e] = r.nextInt(3);
        }
        int[] start = new int[proposals + 1];
        List<Integer> expert = new ArrayList<>();
        List<Float> score = new ArrayList<>();
        List<Long> conflicts = new ArrayList<>();
        for (int p = 0; p < proposals; p++) {
            for (int e = 0; e < experts && expert.size() < maxPairs; e++) {
                if (r.nextInt(10) < 7) {
                    expert.add(e);
                    score.add((float) r.nextInt(100) / 100f);
                    if (r.nextInt(8) == 0) {
                        conflicts.add(CandidatePairs.key(p, e));
                    }
                }
            }
            start[p + 1] = expert.size();
        }
        float[] s = new float[score.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = score.get(i);
        }
        long[] conflictKeys = conflicts.stream().mapToLong(Long::longValue).sorted().toArray();
        var all = new CandidatePairs(proposals, start, expert.stream().mapToInt(Integer::intValue).toArray(), s);
        var problem = new AssignmentProblem(all.without(conflictKeys), experts, 1 + r.nextInt(3), capacity,
                organisation, outside, requireOutside);
        return new Instance(problem, conflictKeys);
    }

    /**
     * A valid assignment's value, compared lexicographically: reviewers placed, then how evenly
     * (sum over proposals of k + (k-1) + ... for each reviewer), then proposals with an outside
     * expert, then affinity.
     */
    record Value(int placed, int spread, int outsideMet, double affinity) {
        boolean better(Value o) {
            if (placed != o.placed) {
                return placed > o.placed;
            }
            if (spread != o.spread) {
                return spread > o.spread;
            }
            if (outsideMet != o.outsideMet) {
                return outsideMet > o.outsideMet;
            }
            return affinity > o.affinity + 1e-9;
        }
    }

    /**
     * Enumerates every subset of pairs; the best valid one, optionally only among those giving each
     * proposal exactly {@code counts[p]} reviewers.
     */
    static Value bruteForce(AssignmentProblem problem, int[] counts) {
        int n = problem.pairs().size();
        Value best = new Value(0, 0, 0, 0);
        for (int mask = 0; mask < (1 << n); mask++) {
            int[] chosen = new int[Integer.bitCount(mask)];
            int j = 0;
            double affinity = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    chosen[j++] = i;
                    affinity += problem.pairs().score()[i];
                }
            }
            var a = new Assignment(chosen, affinity, true, "brute");
            if (valid(problem, a) && (counts == null || java.util.Arrays.equals(counts(problem, a), counts))) {
                int outside = problem.requireOutside() ? outsideMet(problem, a) : 0;
                Value v = new Value(chosen.length, spread(problem, a), outside, affinity);
                if (v.better(best)) {
                    best = v;
                }
            }
        }
        return best;
    }

    static int[] counts(AssignmentProblem problem, Assignment a) {
        int[] counts = new int[problem.proposals()];
        for (int pair : a.pairs()) {
            counts[problem.pairs().proposalOf(pair)]++;
        }
        return counts;
    }

    static int spread(AssignmentProblem problem, Assignment a) {
        int total = 0;
        for (int c : counts(problem, a)) {
            for (int slot = 0; slot < c; slot++) {
                total += problem.reviewers() - slot;
            }
        }
        return total;
    }

    /** Valid ignoring the outside rule (the brute force scores that rule instead of requiring it). */
    static boolean valid(AssignmentProblem problem, Assignment a) {
        var relaxed = new AssignmentProblem(problem.pairs(), problem.experts(), problem.reviewers(),
                problem.capacity(), problem.organisation(), problem.outside(), false);
        return AssignmentCheck.of(relaxed, a, new long[0]).violations() == 0;
    }

    static int outsideMet(AssignmentProblem problem, Assignment a) {
        boolean[] met = new boolean[problem.proposals()];
        for (int pair : a.pairs()) {
            if (problem.outside()[problem.pairs().expert()[pair]]) {
                met[problem.pairs().proposalOf(pair)] = true;
            }
        }
        int count = 0;
        for (boolean m : met) {
            count += m ? 1 : 0;
        }
        return count;
    }
}
