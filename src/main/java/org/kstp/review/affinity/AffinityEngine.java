package org.kstp.review.affinity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.kstp.review.assignment.CandidatePairs;

/**
 * Affinity of proposals to a fixed pool of experts. One Lucene query per proposal scores every
 * expert with the full affinity (see {@link ProposalQuery}), so the top K per proposal are exact,
 * not a text-only shortlist re-ranked afterwards. Thread-safe for queries; proposals are scored in
 * parallel.
 */
public final class AffinityEngine implements AutoCloseable {

    private final ProfileIndex index;
    private final List<ExpertProfile> experts;
    private final AffinityWeights weights;
    private final ProposalQuery queries;

    private AffinityEngine(List<ExpertProfile> experts, AffinityWeights weights) {
        this.experts = List.copyOf(experts);
        this.weights = weights;
        this.index = ProfileIndex.build(this.experts);
        this.queries = new ProposalQuery(index, weights);
    }

    /** Indexes the expert pool; expert index i in the results is {@code experts.get(i)}. */
    public static AffinityEngine index(List<ExpertProfile> experts, AffinityWeights weights) {
        return new AffinityEngine(experts, weights);
    }

    /** The top {@code topK} experts of every proposal with positive affinity, best first. */
    public CandidatePairs candidates(List<ProposalText> proposals, int topK) {
        ScoreDoc[][] hits = new ScoreDoc[proposals.size()][];
        IntStream.range(0, proposals.size()).parallel()
                .forEach(p -> hits[p] = search(proposals.get(p), topK).scoreDocs);
        int[] start = new int[proposals.size() + 1];
        for (int p = 0; p < hits.length; p++) {
            start[p + 1] = start[p] + hits[p].length;
        }
        int[] expert = new int[start[proposals.size()]];
        float[] score = new float[expert.length];
        for (int p = 0; p < hits.length; p++) {
            for (int i = 0; i < hits[p].length; i++) {
                expert[start[p] + i] = hits[p][i].doc;
                score[start[p] + i] = hits[p][i].score;
            }
            hits[p] = null; // let the hits go as soon as they are copied
        }
        return new CandidatePairs(proposals.size(), start, expert, score);
    }

    /** The affinity of one proposal to every expert (0 where nothing matches). */
    public float[] scoreAll(ProposalText proposal) {
        float[] scores = new float[experts.size()];
        for (ScoreDoc hit : search(proposal, Math.max(1, experts.size())).scoreDocs) {
            scores[hit.doc] = hit.score;
        }
        return scores;
    }

    /** The components of one pair's affinity and its strongest matching terms. */
    public AffinityExplanation explain(ProposalText proposal, int expertIndex) {
        ExpertProfile expert = experts.get(expertIndex);
        double discipline = weights.discipline()
                * DisciplineMatch.score(proposal.disciplines(), expert.disciplines(), weights);
        boolean sharesIndustry = proposal.industries().stream().anyMatch(expert.industries()::contains);
        double industry = sharesIndustry ? weights.industry() : 0;
        List<AffinityExplanation.TermContribution> terms = new ArrayList<>();
        double text = 0;
        Query textQuery = queries.text(proposal);
        if (textQuery != null) {
            try {
                Explanation explanation = index.searcher.explain(textQuery, expertIndex);
                text = explanation.getValue().doubleValue();
                for (Explanation clause : explanation.getDetails()) {
                    terms.add(new AffinityExplanation.TermContribution(termOf(clause),
                            clause.getValue().doubleValue()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        terms.sort(Comparator.comparingDouble(AffinityExplanation.TermContribution::contribution).reversed());
        List<AffinityExplanation.TermContribution> top = terms.subList(0, Math.min(weights.topTerms(), terms.size()));
        return new AffinityExplanation(proposal.id(), expert.id(), text, discipline, industry,
                text + discipline + industry, List.copyOf(top));
    }

    /** Lucene describes a term clause as "weight(field:term in doc) [BM25Similarity], result of:". */
    private static String termOf(Explanation clause) {
        String d = clause.getDescription();
        int colon = d.indexOf(':');
        int in = d.indexOf(" in ", colon);
        return colon >= 0 && in > colon ? d.substring(colon + 1, in) : d;
    }

    private TopDocs search(ProposalText proposal, int topK) {
        try {
            return index.searcher.search(queries.full(proposal), topK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Number of experts indexed. */
    public int experts() {
        return experts.size();
    }

    @Override
    public void close() {
        index.close();
    }
}
