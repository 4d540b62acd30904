package org.kstp.bench.surge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Latencies per kind of request, counters by name, and the times of acknowledged submissions. */
final class Stats {

    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    /** Wall-clock milliseconds of each acknowledgement, for the throughput figures. */
    final ConcurrentLinkedQueue<Long> ackTimes = new ConcurrentLinkedQueue<>();

    void latency(String kind, long nanos) {
        latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(nanos);
    }

    void count(String name) {
        counters.computeIfAbsent(name, k -> new AtomicLong()).incrementAndGet();
    }

    long counter(String name) {
        AtomicLong c = counters.get(name);
        return c == null ? 0 : c.get();
    }

    /** Counters whose name starts with the prefix, sorted, for "errors by type". */
    Map<String, Long> countersStartingWith(String prefix) {
        Map<String, Long> out = new TreeMap<>();
        counters.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k, v.get());
            }
        });
        return out;
    }

    int samples(String kind) {
        ConcurrentLinkedQueue<Long> q = latencies.get(kind);
        return q == null ? 0 : q.size();
    }

    /** Nearest-rank percentile in milliseconds, or -1 without samples. */
    long percentileMs(String kind, double p) {
        ConcurrentLinkedQueue<Long> q = latencies.get(kind);
        if (q == null || q.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(q);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Math.round(sorted.get(Math.max(0, rank - 1)) / 1e6);
    }

    /** Best number of acknowledgements within any window of the given length, per second. */
    double peakAckRate(long windowMs) {
        List<Long> t = new ArrayList<>(ackTimes);
        t.sort(null);
        int best = 0;
        for (int i = 0, j = 0; j < t.size(); j++) {
            while (t.get(j) - t.get(i) >= windowMs) {
                i++;
            }
            best = Math.max(best, j - i + 1);
        }
        return best * 1000.0 / windowMs;
    }
}
