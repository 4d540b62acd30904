package org.kstp.review.assignment;

import java.util.Arrays;

/**
 * The round as a flow network: source → proposal (k) → [outside slot] → [(proposal, organisation)
 * node, capacity 1] → expert (pair capacity) → sink (expert capacity). Capacities are in units of
 * {@code 1/unit}, so one network serves the exact integral assignment (unit 1, pair capacity 1)
 * and the capped-probability LP (unit = denominator of q, pair capacity q·unit): with integral
 * capacities the flow polytope has integral vertices, so an integral min-cost flow is an optimal
 * LP solution.
 *
 * <p>The outside requirement: proposal → outside-slot node by two parallel arcs, one of capacity 1
 * carrying a bonus larger than any affinity total, one of capacity k − 1 without; every expert of an
 * all-outside organisation hangs under the slot. Maximising flow then minimising cost therefore
 * gives each proposal an outside expert whenever that is feasible, then the best affinity. An
 * organisation with both outside and inside experts hangs under the proposal, so its outside experts
 * do not count (conservative; such data should not occur, as "outside" is a property of where the
 * organisation is).
 */
final class FlowNetwork {

    static final int STRUCTURAL = -1;
    static final int BONUS = -2;
    /** Coverage arcs: the j-th reviewer slot of a proposal is marked {@code COVERAGE - j}. */
    static final int COVERAGE = -3;
    static final int SOURCE = 0;
    static final int SINK = 1;

    final AssignmentProblem problem;
    final int unit;
    final int[] tail;
    final int[] head;
    final int[] capacity;
    /** Per arc: the pair index, or {@link #STRUCTURAL} or {@link #BONUS}. */
    final int[] arcPair;
    /** Per pair: its arc. */
    final int[] pairArc;
    final int nodes;
    final boolean coverage;

    private FlowNetwork(AssignmentProblem problem, int unit, Builder b) {
        this.problem = problem;
        this.unit = unit;
        this.coverage = b.coverage;
        this.tail = b.tail.toArray();
        this.head = b.head.toArray();
        this.capacity = b.cap.toArray();
        this.arcPair = b.pair.toArray();
        this.nodes = b.nodes;
        this.pairArc = new int[problem.pairs().size()];
        for (int a = 0; a < arcPair.length; a++) {
            if (arcPair[a] >= 0) {
                pairArc[arcPair[a]] = a;
            }
        }
    }

    /** Builds the network; {@code pairUnits} is the capacity of one pair arc in units. */
    static FlowNetwork build(AssignmentProblem problem, int unit, int pairUnits) {
        return build(problem, unit, pairUnits, null, false);
    }

    /**
     * Builds the network with per-proposal demands in units ({@code null}: k each) or, when
     * {@code coverage} is set, with one arc per reviewer slot so that slot costs can spread a
     * shortage over proposals (see {@link Coverage}).
     */
    static FlowNetwork build(AssignmentProblem problem, int unit, int pairUnits, int[] demand, boolean coverage) {
        var b = new Builder(problem, unit, pairUnits, demand, coverage);
        for (int p = 0; p < problem.proposals(); p++) {
            b.addProposal(p);
        }
        for (int e = 0; e < problem.experts(); e++) {
            b.arc(expertNode(problem, e), SINK, Math.multiplyExact(Math.max(0, problem.capacity()[e]), unit),
                    STRUCTURAL);
        }
        return new FlowNetwork(problem, unit, b);
    }

    static int proposalNode(int p) {
        return 2 + p;
    }

    static int expertNode(AssignmentProblem problem, int e) {
        return 2 + problem.proposals() + e;
    }

    int arcs() {
        return tail.length;
    }

    /** Collects the arcs in primitive builders; a proposal's organisations are grouped by sorting. */
    private static final class Builder {
        final AssignmentProblem problem;
        final int unit;
        final int pairUnits;
        final int[] demand;
        final boolean coverage;
        final IntArrayBuilder tail;
        final IntArrayBuilder head;
        final IntArrayBuilder cap;
        final IntArrayBuilder pair;
        int nodes;

        Builder(AssignmentProblem problem, int unit, int pairUnits, int[] demand, boolean coverage) {
            this.problem = problem;
            this.unit = unit;
            this.pairUnits = pairUnits;
            this.demand = demand;
            this.coverage = coverage;
            int estimate = problem.pairs().size() + 3 * problem.proposals() + problem.experts();
            tail = new IntArrayBuilder(estimate);
            head = new IntArrayBuilder(estimate);
            cap = new IntArrayBuilder(estimate);
            pair = new IntArrayBuilder(estimate);
            nodes = 2 + problem.proposals() + problem.experts();
        }

        void arc(int from, int to, int capacityUnits, int pairIndex) {
            tail.add(from);
            head.add(to);
            cap.add(capacityUnits);
            pair.add(pairIndex);
        }

        void addProposal(int p) {
            int k = problem.reviewers();
            int pNode = proposalNode(p);
            if (coverage) {
                for (int slot = 0; slot < k; slot++) {
                    arc(SOURCE, pNode, unit, COVERAGE - slot);
                }
            } else {
                arc(SOURCE, pNode, demand == null ? k * unit : demand[p], STRUCTURAL);
            }
            int slot = pNode;
            if (problem.requireOutside()) {
                slot = nodes++;
                arc(pNode, slot, unit, BONUS);
                if (k > 1) {
                    arc(pNode, slot, (k - 1) * unit, STRUCTURAL);
                }
            }
            long[] byOrg = sortedByOrganisation(p);
            int i = 0;
            while (i < byOrg.length) {
                int j = groupEnd(byOrg, i);
                addGroup(byOrg, i, j, pNode, slot);
                i = j;
            }
        }

        private long[] sortedByOrganisation(int p) {
            CandidatePairs c = problem.pairs();
            long[] keys = new long[c.start()[p + 1] - c.start()[p]];
            for (int i = c.start()[p]; i < c.start()[p + 1]; i++) {
                keys[i - c.start()[p]] = ((long) problem.organisation()[c.expert()[i]] << 32) | i;
            }
            Arrays.sort(keys);
            return keys;
        }

        private int groupEnd(long[] keys, int i) {
            int org = (int) (keys[i] >> 32);
            int j = i + 1;
            if (org < 0) {
                return j; // unknown organisation: every such expert stands alone
            }
            while (j < keys.length && (int) (keys[j] >> 32) == org) {
                j++;
            }
            return j;
        }

        private void addGroup(long[] keys, int from, int to, int pNode, int slot) {
            boolean allOutside = true;
            for (int i = from; i < to; i++) {
                allOutside &= problem.outside()[problem.pairs().expert()[(int) keys[i]]];
            }
            int parent = allOutside ? slot : pNode;
            if (to - from > 1) {
                int orgNode = nodes++;
                arc(parent, orgNode, unit, STRUCTURAL);
                parent = orgNode;
            }
            for (int i = from; i < to; i++) {
                int pairIndex = (int) keys[i];
                arc(parent, expertNode(problem, problem.pairs().expert()[pairIndex]), pairUnits, pairIndex);
            }
        }
    }
}
