package org.kstp.review.assignment;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Dependent rounding of a fractional flow (Gandhi et al., 2006, as used by Jecmen et al., 2020),
 * on the whole {@link FlowNetwork} rather than the bare bipartite graph, so that the organisation
 * and outside-slot arcs are rounded too and their constraints hold in every sample.
 *
 * <p>With a virtual return arc from sink to source carrying the total flow, every node conserves
 * flow, so a node with one fractional arc has at least two, and the fractional arcs always contain a cycle. Pushing δ around a cycle keeps
 * conservation; choosing +δ1 with probability δ2/(δ1+δ2) and −δ2 otherwise keeps every arc's
 * expected flow, and each step makes at least one arc integral. Cycles are found by one walk whose
 * per-node cursors only move forward, so the work is about the total length of the cycles.
 */
final class DependentRounding {

    private final FlowNetwork net;
    private final int[] flow;
    private final SplittableRandom random;
    private final int[] adjStart;
    private final int[] adj;
    private final int[] cursor;
    private final int[] stackNode;
    private final int[] stackArc;
    private final int[] position;
    private int top = -1;

    private DependentRounding(FlowNetwork net, int[] flow, SplittableRandom random) {
        this.net = net;
        this.flow = flow;
        this.random = random;
        this.adjStart = new int[net.nodes + 1];
        for (int a = 0; a < flow.length; a++) {
            if (fractional(a)) {
                adjStart[tail(a) + 1]++;
                adjStart[head(a) + 1]++;
            }
        }
        Arrays.parallelPrefix(adjStart, Integer::sum);
        this.adj = new int[adjStart[net.nodes]];
        this.cursor = Arrays.copyOf(adjStart, net.nodes);
        for (int a = 0; a < flow.length; a++) {
            if (fractional(a)) {
                adj[cursor[tail(a)]++] = a;
                adj[cursor[head(a)]++] = a;
            }
        }
        System.arraycopy(adjStart, 0, cursor, 0, net.nodes);
        this.stackNode = new int[net.nodes + 1];
        this.stackArc = new int[net.nodes + 1];
        this.position = new int[net.nodes];
        Arrays.fill(position, -1);
    }

    /** Rounds {@code flow} (in units of {@code net.unit}) in place to multiples of the unit; returns it. */
    static int[] round(FlowNetwork net, int[] flow, SplittableRandom random) {
        if (net.unit == 1) {
            return flow;
        }
        // The last entry is the virtual return arc: the total flow, rounded like any other arc.
        int[] circulation = Arrays.copyOf(flow, flow.length + 1);
        for (int a = 0; a < flow.length; a++) {
            if (net.tail[a] == FlowNetwork.SOURCE) {
                circulation[flow.length] += flow[a];
            }
        }
        new DependentRounding(net, circulation, random).run();
        return Arrays.copyOf(circulation, flow.length);
    }

    private void run() {
        for (int start = 0; start < net.nodes; start++) {
            while (top >= 0 || nextArc(start, -1) >= 0) {
                if (top < 0) {
                    push(start, -1);
                }
                step();
            }
        }
    }

    private void step() {
        int u = stackNode[top];
        int a = nextArc(u, stackArc[top]);
        if (a < 0) {
            position[u] = -1; // cannot happen for a conserving flow; kept so the walk always ends
            top--;
            return;
        }
        int v = other(a, u);
        if (position[v] >= 0) {
            roundCycle(position[v], a);
        } else {
            push(v, a);
        }
    }

    private void push(int node, int arrival) {
        top++;
        stackNode[top] = node;
        stackArc[top] = arrival;
        position[node] = top;
    }

    /** The cycle is stack[from..top] closed by {@code closing}; afterwards the walk resumes at stack[from]. */
    private void roundCycle(int from, int closing) {
        int length = top - from + 1;
        int up = Integer.MAX_VALUE;
        int down = Integer.MAX_VALUE;
        for (int i = 1; i <= length; i++) {
            int arc = cycleArc(from, i, closing);
            int rest = Math.floorMod(flow[arc], net.unit);
            boolean forward = tail(arc) == stackNode[from + i - 1];
            up = Math.min(up, forward ? net.unit - rest : rest);
            down = Math.min(down, forward ? rest : net.unit - rest);
        }
        int delta = random.nextInt(up + down) < down ? up : -down;
        for (int i = 1; i <= length; i++) {
            int arc = cycleArc(from, i, closing);
            boolean forward = tail(arc) == stackNode[from + i - 1];
            flow[arc] += forward ? delta : -delta;
        }
        for (int i = from + 1; i <= top; i++) {
            position[stackNode[i]] = -1;
        }
        top = from;
    }

    /** The i-th arc of the cycle (1-based), from stack[from + i - 1] to the next node. */
    private int cycleArc(int from, int i, int closing) {
        return from + i <= top ? stackArc[from + i] : closing;
    }

    /** A fractional arc at {@code u} other than {@code arrival}, or -1; skipped integral arcs stay skipped. */
    private int nextArc(int u, int arrival) {
        int end = adjStart[u + 1];
        int i = cursor[u];
        while (i < end && !fractional(adj[i])) {
            i++;
        }
        cursor[u] = i;
        if (i == end || adj[i] != arrival) {
            return i == end ? -1 : adj[i];
        }
        int j = i + 1;
        while (j < end && !fractional(adj[j])) {
            j++;
        }
        if (j == end) {
            return -1;
        }
        adj[i] = adj[j];
        adj[j] = arrival;
        return adj[i];
    }

    private boolean fractional(int arc) {
        return flow[arc] % net.unit != 0;
    }

    private int tail(int arc) {
        return arc == net.tail.length ? FlowNetwork.SINK : net.tail[arc];
    }

    private int head(int arc) {
        return arc == net.tail.length ? FlowNetwork.SOURCE : net.head[arc];
    }

    private int other(int arc, int u) {
        int t = tail(arc);
        return t == u ? head(arc) : t;
    }
}
