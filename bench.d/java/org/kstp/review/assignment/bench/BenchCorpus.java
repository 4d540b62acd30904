package org.kstp.review.assignment.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.kstp.review.affinity.ExpertProfile;
import org.kstp.review.affinity.ProposalText;

/**
 * Generates a round from real abstracts (the shared CSL journal abstracts with their
 * discipline): each discipline's abstracts are split in two halves, proposals are drawn from one
 * half and experts' profiles (four abstracts of their discipline) from the other, so no expert has
 * written a proposal. Disciplines map to GB/T 13745 level-1 codes; each proposal and expert gets a
 * random level-2 child, so level-2 matches are partly chance. Beyond the sample's size, abstracts
 * repeat under new ids.
 */
final class BenchCorpus {

    private static final int PROFILE_TEXTS = 4;
    private static final int INDUSTRIES = 8;

    record Row(String text, String keywords, String code) {
    }

    /** A generated round: texts plus organisations (a proposal's host organisation is a conflict). */
    record Round(List<ProposalText> proposals, int[] proposalOrganisation, List<ExpertProfile> experts,
            int[] expertOrganisation, boolean[] outside) {
    }

    private final Map<String, List<Row>> proposalPool = new HashMap<>();
    private final Map<String, List<Row>> expertPool = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final List<String> disciplines;

    BenchCorpus(Path dir) throws IOException {
        Map<String, String> toCode = new HashMap<>();
        for (var r : Csv.read(dir.resolve("csl_discipline_gbt13745.csv"))) {
            toCode.put(r.get("csl_discipline"), r.get("gbt13745_code"));
        }
        for (var r : Csv.read(dir.resolve("gbt13745_disciplines.csv"))) {
            if ("2".equals(r.get("level"))) {
                children.computeIfAbsent(r.get("parent_code"), k -> new ArrayList<>()).add(r.get("code"));
            }
        }
        int i = 0;
        // The abstracts carry no licence, so they are read from the team's shared data, never committed here.
        Path corpus = Path.of(System.getProperty("kstp.bench.corpus", "../shared/data/projects/csl_abstracts_shared.csv"));
        if (!Files.exists(corpus)) {
            throw new IOException("Abstract corpus not found at " + corpus.toAbsolutePath()
                    + "; pass --corpus FILE or use --affinity synthetic");
        }
        for (var r : Csv.read(corpus)) {
            String label = r.get("discipline");
            String code = toCode.get(label);
            if (code != null) {
                var pool = i++ % 2 == 0 ? proposalPool : expertPool;
                pool.computeIfAbsent(label, k -> new ArrayList<>()).add(new Row(r.get("abstract"), r.get("keywords"), code));
            }
        }
        disciplines = proposalPool.keySet().stream().filter(expertPool::containsKey).sorted().toList();
    }

    Round generate(int proposals, int experts, long seed) {
        var random = new SplittableRandom(seed);
        int organisations = Math.max(2, experts / 8);
        var proposalTexts = new ArrayList<ProposalText>(proposals);
        int[] proposalOrg = new int[proposals];
        for (int p = 0; p < proposals; p++) {
            List<Row> rows = proposalPool.get(disciplines.get(random.nextInt(disciplines.size())));
            Row row = rows.get(random.nextInt(rows.size()));
            List<String> keywords = row.keywords().isBlank() ? List.of() : Arrays.asList(row.keywords().split("_"));
            proposalTexts.add(new ProposalText("P" + p, "", row.text(), keywords, List.of(childOf(row.code(), random)),
                    Set.of(industryOf(row.code()))));
            proposalOrg[p] = random.nextInt(organisations);
        }
        var profiles = new ArrayList<ExpertProfile>(experts);
        int[] expertOrg = new int[experts];
        boolean[] outside = new boolean[experts];
        for (int e = 0; e < experts; e++) {
            profiles.add(expert(e, random));
            expertOrg[e] = random.nextInt(organisations);
            outside[e] = expertOrg[e] % 10 < 3; // "outside" belongs to where the organisation is
        }
        return new Round(proposalTexts, proposalOrg, profiles, expertOrg, outside);
    }

    /** Four abstracts of one discipline, from the experts' half of the corpus. */
    private ExpertProfile expert(int e, SplittableRandom random) {
        List<Row> rows = expertPool.get(disciplines.get(random.nextInt(disciplines.size())));
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < PROFILE_TEXTS; t++) {
            Row row = rows.get(random.nextInt(rows.size()));
            texts.add(row.text());
            if (!row.keywords().isBlank()) {
                texts.add(row.keywords().replace('_', ' '));
            }
        }
        String code = rows.get(0).code();
        return new ExpertProfile("E" + e, texts, List.of(childOf(code, random)), Set.of(industryOf(code)));
    }

    private String childOf(String level1, SplittableRandom random) {
        List<String> c = children.getOrDefault(level1, List.of());
        return c.isEmpty() ? level1 : c.get(random.nextInt(c.size()));
    }

    /** A stand-in for the plan's industries: each level-1 discipline serves one of eight. */
    private static String industryOf(String level1) {
        return "industry-" + Math.floorMod(level1.hashCode(), INDUSTRIES);
    }
}
