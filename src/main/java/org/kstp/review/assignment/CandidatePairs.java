package org.kstp.review.assignment;

import java.util.Arrays;
import java.util.Objects;

/**
 * Sparse (proposal, expert, affinity) candidates in compressed-row form: the candidates of proposal
 * {@code p} are the indices {@code start[p] .. start[p + 1] - 1} of {@link #expert} and {@link #score}.
 * Primitive arrays, not an object per pair, because a national round holds about ten million pairs.
 *
 * @param proposals number of proposals (rows)
 * @param start     row offsets, length {@code proposals + 1}
 * @param expert    expert index of each pair
 * @param score     affinity of each pair (higher is better, not necessarily in [0, 1])
 */
public record CandidatePairs(int proposals, int[] start, int[] expert, float[] score) {

    /** Checks the shape once, so the solvers can index without checks. */
    public CandidatePairs {
        Objects.requireNonNull(start);
        Objects.requireNonNull(expert);
        Objects.requireNonNull(score);
        if (start.length != proposals + 1 || start[0] != 0 || start[proposals] != expert.length
                || score.length != expert.length) {
            throw new IllegalArgumentException("inconsistent candidate arrays");
        }
    }

    /** Number of pairs. */
    public int size() {
        return expert.length;
    }

    /** The proposal a pair belongs to, by binary search over the row offsets. */
    public int proposalOf(int pair) {
        int i = Arrays.binarySearch(start, pair);
        if (i >= 0) {
            // Empty rows share an offset: the pair belongs to the last row starting here.
            while (i + 1 < start.length && start[i + 1] == pair) {
                i++;
            }
            return i;
        }
        return -i - 2;
    }

    /** The pair index of (proposal, expert), or -1 when the expert is not a candidate. */
    public int find(int proposal, int expertIndex) {
        for (int i = start[proposal]; i < start[proposal + 1]; i++) {
            if (expert[i] == expertIndex) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A copy without the excluded pairs (conflicts of interest). {@code excluded} holds keys
     * {@link #key(int, int)}; it is sorted here. Returns the filtered candidates.
     */
    public CandidatePairs without(long[] excluded) {
        long[] sorted = excluded.clone();
        Arrays.sort(sorted);
        int[] newStart = new int[proposals + 1];
        int kept = 0;
        for (int p = 0; p < proposals; p++) {
            for (int i = start[p]; i < start[p + 1]; i++) {
                if (Arrays.binarySearch(sorted, key(p, expert[i])) < 0) {
                    kept++;
                }
            }
            newStart[p + 1] = kept;
        }
        int[] e = new int[kept];
        float[] s = new float[kept];
        int j = 0;
        for (int p = 0; p < proposals; p++) {
            for (int i = start[p]; i < start[p + 1]; i++) {
                if (Arrays.binarySearch(sorted, key(p, expert[i])) < 0) {
                    e[j] = expert[i];
                    s[j++] = score[i];
                }
            }
        }
        return new CandidatePairs(proposals, newStart, e, s);
    }

    /** A primitive key for a (proposal, expert) pair, used for conflict lists. */
    public static long key(int proposal, int expertIndex) {
        return ((long) proposal << 32) | (expertIndex & 0xffffffffL);
    }
}
