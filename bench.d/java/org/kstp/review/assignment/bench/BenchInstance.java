package org.kstp.review.assignment.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.kstp.review.affinity.AffinityEngine;
import org.kstp.review.affinity.AffinityWeights;
import org.kstp.review.assignment.AssignmentProblem;
import org.kstp.review.assignment.CandidatePairs;

/**
 * A benchmark round: generated from the corpus through the product's affinity code, or read from
 * {@code scores.csv} (proposal,expert,score), optional {@code conflicts.csv} (proposal,expert) and
 * optional {@code experts.csv} (expert,organisation,outside).
 */
record BenchInstance(AssignmentProblem problem, long[] conflicts, List<String> proposalIds,
        List<String> expertIds, double affinitySeconds, int candidatePairs) {

    /** Options shared by both sources. */
    record Options(int proposals, int experts, int k, int maxLoad, int candidates, boolean requireOutside,
            long seed) {
    }

    static BenchInstance generate(Path dataDir, Options o) throws IOException {
        BenchCorpus.Round round = new BenchCorpus(dataDir).generate(o.proposals(), o.experts(), o.seed());
        long t0 = System.nanoTime();
        CandidatePairs all;
        try (var engine = AffinityEngine.index(round.experts(), AffinityWeights.defaults())) {
            AssignBenchmark.print("affinity_index_seconds", BenchMemory.seconds(t0));
            all = engine.candidates(round.proposals(), o.candidates());
        }
        double affinitySeconds = (System.nanoTime() - t0) / 1e9;
        // The conflict rule the generator models: an expert never reviews for their own organisation.
        var conflicts = new ArrayList<Long>();
        for (int p = 0; p < all.proposals(); p++) {
            for (int i = all.start()[p]; i < all.start()[p + 1]; i++) {
                if (round.expertOrganisation()[all.expert()[i]] == round.proposalOrganisation()[p]) {
                    conflicts.add(CandidatePairs.key(p, all.expert()[i]));
                }
            }
        }
        long[] keys = conflicts.stream().mapToLong(Long::longValue).sorted().toArray();
        var problem = new AssignmentProblem(all.without(keys), o.experts(), o.k(),
                capacities(o.experts(), o.maxLoad(), o.seed()), round.expertOrganisation(), round.outside(),
                o.requireOutside());
        return new BenchInstance(problem, keys, round.proposals().stream().map(p -> p.id()).toList(),
                round.experts().stream().map(e -> e.id()).toList(), affinitySeconds, all.size());
    }

    /** A fifth of the experts already reviewed 1–3 proposals this year (earlier rounds count). */
    static int[] capacities(int experts, int maxLoad, long seed) {
        var random = new SplittableRandom(seed ^ 0x5eed);
        int[] capacity = new int[experts];
        for (int e = 0; e < experts; e++) {
            capacity[e] = random.nextInt(5) == 0 ? Math.max(0, maxLoad - 1 - random.nextInt(3)) : maxLoad;
        }
        return capacity;
    }

    static BenchInstance read(Path dir, Options o) throws IOException {
        Map<String, Integer> proposals = new LinkedHashMap<>();
        Map<String, Integer> experts = new LinkedHashMap<>();
        List<List<long[]>> rows = new ArrayList<>();
        for (var r : Csv.read(dir.resolve("scores.csv"))) {
            int p = proposals.computeIfAbsent(r.get("proposal"), k -> proposals.size());
            int e = experts.computeIfAbsent(r.get("expert"), k -> experts.size());
            if (p == rows.size()) {
                rows.add(new ArrayList<>());
            }
            rows.get(p).add(new long[] {e, Float.floatToIntBits(Float.parseFloat(r.get("score")))});
        }
        CandidatePairs all = topPerProposal(rows, o.candidates());
        long[] keys = conflicts(dir.resolve("conflicts.csv"), proposals, experts);
        int[] org = new int[experts.size()];
        Arrays.fill(org, -1);
        boolean[] outside = new boolean[experts.size()];
        readExperts(dir.resolve("experts.csv"), experts, org, outside);
        int[] capacity = new int[experts.size()];
        Arrays.fill(capacity, o.maxLoad());
        var problem = new AssignmentProblem(all.without(keys), experts.size(), o.k(), capacity, org, outside,
                o.requireOutside());
        return new BenchInstance(problem, keys, List.copyOf(proposals.keySet()), List.copyOf(experts.keySet()), 0,
                all.size());
    }

    /** Optional organisations and outside flags; experts not listed stay unknown and inside. */
    private static void readExperts(Path file, Map<String, Integer> experts, int[] org, boolean[] outside)
            throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        Map<String, Integer> orgIds = new LinkedHashMap<>();
        for (var r : Csv.read(file)) {
            Integer e = experts.get(r.get("expert"));
            if (e != null) {
                org[e] = orgIds.computeIfAbsent(r.get("organisation"), k -> orgIds.size());
                outside[e] = Boolean.parseBoolean(r.getOrDefault("outside", "false"));
            }
        }
    }

    private static CandidatePairs topPerProposal(List<List<long[]>> rows, int topK) {
        int[] start = new int[rows.size() + 1];
        List<long[]> kept = new ArrayList<>();
        for (int p = 0; p < rows.size(); p++) {
            List<long[]> r = rows.get(p);
            r.sort((a, b) -> Float.compare(Float.intBitsToFloat((int) b[1]), Float.intBitsToFloat((int) a[1])));
            kept.addAll(r.subList(0, Math.min(topK, r.size())));
            start[p + 1] = kept.size();
        }
        int[] expert = new int[kept.size()];
        float[] score = new float[kept.size()];
        for (int i = 0; i < expert.length; i++) {
            expert[i] = (int) kept.get(i)[0];
            score[i] = Float.intBitsToFloat((int) kept.get(i)[1]);
        }
        return new CandidatePairs(rows.size(), start, expert, score);
    }

    private static long[] conflicts(Path file, Map<String, Integer> proposals, Map<String, Integer> experts)
            throws IOException {
        if (!Files.exists(file)) {
            return new long[0];
        }
        var keys = new ArrayList<Long>();
        for (var r : Csv.read(file)) {
            Integer p = proposals.get(r.get("proposal"));
            Integer e = experts.get(r.get("expert"));
            if (p != null && e != null) {
                keys.add(CandidatePairs.key(p, e));
            }
        }
        return keys.stream().mapToLong(Long::longValue).sorted().toArray();
    }
}
