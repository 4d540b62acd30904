package org.kstp.review.affinity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kstp.review.assignment.CandidatePairs;

class AffinityEngineTest {

    private static final AffinityWeights WEIGHTS = AffinityWeights.defaults();

    private static final List<ExpertProfile> EXPERTS = List.of(
            new ExpertProfile("jujube", List.of("红枣 枣树 栽培",
                    "南疆红枣品质形成与矮化密植栽培技术研究", "骏枣果实糖分积累与裂果防控"),
                    List.of("21031"), Set.of("agriculture")),
            new ExpertProfile("textile", List.of("纺织 棉纺 织物",
                    "新型棉纺织物的结构设计与性能研究", "纺织工艺节能改造"),
                    List.of("54010"), Set.of("textile")),
            new ExpertProfile("english", List.of("Deep learning for crop yield prediction",
                    "Remote sensing of orchards with convolutional neural networks"),
                    List.of("52020"), Set.of()));

    private static ProposalText proposal(String title, String abstractText, List<String> codes) {
        return new ProposalText("p", title, abstractText, List.of(), codes, Set.of());
    }

    @Test
    void aJujubeProposalPrefersTheJujubeExpert() {
        try (var engine = AffinityEngine.index(EXPERTS, WEIGHTS)) {
            float[] scores = engine.scoreAll(proposal("喀什红枣提质增效栽培技术集成与示范",
                    "针对红枣裂果和品质下降问题，研究枣树栽培与水肥管理技术。", List.of()));
            assertThat(scores[0]).isGreaterThan(scores[1]).isGreaterThan(0f);
            assertThat(scores[0]).isLessThanOrEqualTo((float) WEIGHTS.text());
        }
    }

    @Test
    void englishTextIsStemmedAndMatched() {
        try (var engine = AffinityEngine.index(EXPERTS, WEIGHTS)) {
            float[] scores = engine.scoreAll(proposal("Predicting crop yields",
                    "We predict yield with neural network models.", List.of()));
            assertThat(scores[2]).isGreaterThan(0f).isGreaterThan(scores[0]);
        }
    }

    @Test
    void finerDisciplineMatchWeighsMore() {
        var experts = List.of(
                new ExpertProfile("level1", List.of("无关"), List.of("21011"), Set.of()),
                new ExpertProfile("level2", List.of("无关"), List.of("21031"), Set.of()),
                new ExpertProfile("level3", List.of("无关"), List.of("2103120"), Set.of()),
                new ExpertProfile("none", List.of("无关"), List.of("540"), Set.of()));
        try (var engine = AffinityEngine.index(experts, WEIGHTS)) {
            float[] s = engine.scoreAll(proposal("", "", List.of("2103120")));
            assertThat(s[0]).isCloseTo((float) (0.3 * 0.4), within(1e-5f));
            assertThat(s[1]).isCloseTo((float) (0.3 * 0.7), within(1e-5f));
            assertThat(s[2]).isCloseTo((float) (0.3 * 1.0), within(1e-5f));
            assertThat(s[3]).isZero();
        }
        assertThat(DisciplineMatch.commonLevel("110", "11011")).isEqualTo(1);
        assertThat(DisciplineMatch.commonLevel("11011", "11012")).isEqualTo(1);
        assertThat(DisciplineMatch.commonLevel("1101110", "1101110")).isEqualTo(3);
    }

    @Test
    void explanationComponentsAddUpToTheScoreAndNameTheTerms() {
        try (var engine = AffinityEngine.index(EXPERTS, WEIGHTS)) {
            var p = new ProposalText("p1", "红枣栽培", "红枣 枣树 裂果", List.of(), List.of("21031"),
                    Set.of("agriculture"));
            float[] scores = engine.scoreAll(p);
            AffinityExplanation e = engine.explain(p, 0);
            assertThat(e.total()).isCloseTo(scores[0], within(1e-4));
            assertThat(e.discipline()).as("same 5-digit code: a level-2 match").isCloseTo(0.3 * 0.7, within(1e-9));
            assertThat(e.industry()).isCloseTo(0.1, within(1e-9));
            assertThat(e.topTerms()).extracting(AffinityExplanation.TermContribution::term).contains("红枣");
        }
    }

    @Test
    void candidatesKeepTheTopKBestFirst() {
        try (var engine = AffinityEngine.index(EXPERTS, WEIGHTS)) {
            CandidatePairs c = engine.candidates(List.of(
                    proposal("红枣栽培", "红枣", List.of()), proposal("纺织", "棉纺织物", List.of())), 1);
            assertThat(c.start()).containsExactly(0, 1, 2);
            assertThat(c.expert()).containsExactly(0, 1);
        }
    }

    @Test
    void languageIsDetectedByHanShare() {
        assertThat(TextLanguage.of("基于CRISPR的红枣育种")).isEqualTo(TextLanguage.CHINESE);
        assertThat(TextLanguage.of("CRISPR-based breeding of jujube 红枣")).isEqualTo(TextLanguage.ENGLISH);
    }
}
