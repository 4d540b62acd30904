package org.kstp.review.assignment.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.kstp.review.assignment.Assignment;
import org.kstp.review.assignment.AssignmentCheck;
import org.kstp.review.assignment.AssignmentProblem;
import org.kstp.review.assignment.DeterministicAssigner;
import org.kstp.review.assignment.FractionalAssignment;
import org.kstp.review.assignment.RandomizedAssigner;
import org.kstp.review.assignment.SeedCommitment;

/**
 * {@code ./bench assign}: builds or reads a round, solves it with the product's assigners, checks
 * the result independently and prints {@code key: value} lines (the shell wrapper adds
 * {@code machine:} and the verdict). In randomised mode the deterministic optimum is solved too,
 * because the expected affinity is reported as a percentage of it.
 */
public final class AssignBenchmark {

    private AssignBenchmark() {
    }

    /** Entry point; options as in {@code bench.d/assign.sh}. */
    public static void main(String[] args) throws IOException {
        var a = new BenchArgs(args);
        var options = new BenchInstance.Options(a.getInt("proposals", 5000), a.getInt("experts", 3000),
                a.getInt("k", 5), a.getInt("max-load", 10), a.getInt("candidates", 60), a.flag("outside"),
                Long.parseLong(a.get("instance-seed", "20240601")));
        String affinity = a.get("affinity", "lucene");
        print("affinity", a.get("input", "").isEmpty() ? affinity : "read from " + a.get("input", ""));
        BenchInstance instance = !a.get("input", "").isEmpty()
                ? BenchInstance.read(Path.of(a.get("input", "")), options)
                : affinity.equals("synthetic") ? SyntheticRound.generate(options)
                : BenchInstance.generate(Path.of(a.get("data-dir", "bench-data")), options);
        AssignmentProblem problem = instance.problem();
        print("proposals", problem.proposals());
        print("experts", problem.experts());
        print("candidate_pairs", problem.pairs().size());
        print("conflicts_excluded", instance.candidatePairs() - problem.pairs().size());
        print("short_proposals", problem.shortProposals().length);
        print("affinity_seconds", String.format(Locale.ROOT, "%.2f", instance.affinitySeconds()));

        long t0 = System.nanoTime();
        Assignment optimum = new DeterministicAssigner().solve(problem);
        String deterministicSeconds = BenchMemory.seconds(t0);
        Assignment result = optimum;
        String solveSeconds = deterministicSeconds;
        if (a.flag("randomized")) {
            result = randomized(problem, optimum, a);
            solveSeconds = a.get("randomized_seconds", "");
        }
        report(instance, result, solveSeconds, deterministicSeconds);
        writeAssignment(Path.of(a.get("output", "bench-out/assignment.csv")), instance, result);
    }

    private static Assignment randomized(AssignmentProblem problem, Assignment optimum, BenchArgs a) {
        String seed = a.get("seed", "20240601");
        print("commitment", SeedCommitment.commitment(seed));
        long t0 = System.nanoTime();
        FractionalAssignment lp = new RandomizedAssigner().solve(problem, a.getDouble("cap", 0.5));
        print("lp_seconds", BenchMemory.seconds(t0));
        long t1 = System.nanoTime();
        Assignment draw = lp.draw(seed);
        print("draw_seconds", BenchMemory.seconds(t1));
        print("max_pair_probability", String.format(Locale.ROOT, "%.4f", lp.maxProbability()));
        double pct = optimum.objective() > 0 ? 100 * lp.expectedObjective() / optimum.objective() : 100;
        print("expected_objective_pct", String.format(Locale.ROOT, "%.2f", pct));
        print("drawn_objective", String.format(Locale.ROOT, "%.4f", draw.objective()));
        print("lp_optimal", lp.optimal());
        // The solve time of the randomised mode is LP plus draw; the deterministic solve is reported apart.
        a.put("randomized_seconds", BenchMemory.seconds(t0));
        return draw;
    }

    private static void report(BenchInstance instance, Assignment result, String solveSeconds,
            String deterministicSeconds) {
        AssignmentProblem problem = instance.problem();
        AssignmentCheck check = AssignmentCheck.of(problem, result, instance.conflicts());
        print("solve_seconds", solveSeconds);
        print("deterministic_solve_seconds", deterministicSeconds);
        print("objective", String.format(Locale.ROOT, "%.4f", result.objective()));
        print("optimal", result.optimal());
        print("solver_status", result.status());
        print("assigned_pairs", result.pairs().length);
        print("max_load", check.maxLoad());
        print("min_reviewers", check.minReviewers());
        print("max_reviewers", check.maxReviewers());
        print("outside_missing", check.outsideMissing());
        print("violations", check.violations());
        print("peak_heap_mb", BenchMemory.peakHeapMb());
        print("peak_rss_mb", BenchMemory.peakRssMb());
        print("process_cpu_seconds", BenchMemory.cpuSeconds());
    }

    private static void writeAssignment(Path file, BenchInstance instance, Assignment result) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        var pairs = instance.problem().pairs();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Csv.writeRow(out, "proposal", "expert", "score");
            for (int pair : result.pairs()) {
                Csv.writeRow(out, instance.proposalIds().get(pairs.proposalOf(pair)),
                        instance.expertIds().get(pairs.expert()[pair]), Float.toString(pairs.score()[pair]));
            }
        }
        print("assignment_file", file);
    }

    static void print(String key, Object value) {
        System.out.println(key + ": " + value);
    }
}
