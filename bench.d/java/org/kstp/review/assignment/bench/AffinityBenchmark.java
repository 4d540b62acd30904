package org.kstp.review.assignment.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kstp.review.affinity.AffinityEngine;
import org.kstp.review.affinity.AffinityWeights;
import org.kstp.review.affinity.ExpertProfile;
import org.kstp.review.affinity.ProposalText;

/**
 * {@code ./bench affinity}: the product's affinity code on files, for quality checks against a
 * gold standard such as Stelmakh et al. (2023). Experts: {@code expert_id,title,abstract}, one row per
 * publication or past project; proposals: {@code proposal_id,title,abstract}. Writes
 * {@code proposal_id,expert_id,score} for every pair (0 where nothing matches). Without discipline
 * and industry data only the text component varies, which leaves the order of pairs unchanged.
 */
public final class AffinityBenchmark {

    private AffinityBenchmark() {
    }

    /** Entry point: {@code --experts FILE --proposals FILE --output FILE}. */
    public static void main(String[] args) throws IOException {
        var a = new BenchArgs(args);
        long t0 = System.nanoTime();
        List<ExpertProfile> experts = experts(Path.of(a.get("experts", "experts.csv")));
        List<ProposalText> proposals = new ArrayList<>();
        for (var r : Csv.read(Path.of(a.get("proposals", "proposals.csv")))) {
            proposals.add(new ProposalText(r.get("proposal_id"), r.get("title"), r.get("abstract"), List.of(),
                    List.of(), Set.of()));
        }
        Path output = Path.of(a.get("output", "bench-out/affinity.csv"));
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        long pairs = 0;
        try (var engine = AffinityEngine.index(experts, AffinityWeights.defaults());
                BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            Csv.writeRow(out, "proposal_id", "expert_id", "score");
            for (ProposalText p : proposals) {
                float[] scores = engine.scoreAll(p);
                for (int e = 0; e < scores.length; e++) {
                    Csv.writeRow(out, p.id(), experts.get(e).id(), Float.toString(scores[e]));
                    pairs++;
                }
            }
        }
        AssignBenchmark.print("experts", experts.size());
        AssignBenchmark.print("proposals", proposals.size());
        AssignBenchmark.print("pairs", pairs);
        AssignBenchmark.print("seconds", BenchMemory.seconds(t0));
        AssignBenchmark.print("output", output);
    }

    /** One profile per expert id, its texts the titles and abstracts of all its rows. */
    private static List<ExpertProfile> experts(Path file) throws IOException {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (var r : Csv.read(file)) {
            var list = texts.computeIfAbsent(r.get("expert_id"), k -> new ArrayList<>());
            list.add(r.getOrDefault("title", ""));
            list.add(r.getOrDefault("abstract", ""));
        }
        List<ExpertProfile> experts = new ArrayList<>();
        texts.forEach((id, t) -> experts.add(new ExpertProfile(id, t, List.of(), Set.of())));
        return experts;
    }
}
