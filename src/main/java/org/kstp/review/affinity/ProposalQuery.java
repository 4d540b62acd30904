package org.kstp.review.affinity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a proposal into one Lucene query whose score is the whole affinity:
 * text + discipline + industry. Text: the proposal's most distinctive terms (frequency × BM25 idf),
 * each boosted by {@code w.text · tf / Σ(tf · idf)}; since a BM25 term score never exceeds its idf,
 * the text part stays in [0, w.text], reaching it only when the expert's profile saturates every
 * term. Discipline: per proposal code, level increments that add up to the level weight, the best
 * code counting (dis-max). Industry: constant w.industry when any industry is shared.
 */
final class ProposalQuery {

    private final ProfileIndex index;
    private final AffinityWeights w;

    ProposalQuery(ProfileIndex index, AffinityWeights w) {
        this.index = index;
        this.w = w;
    }

    /** A weighted query term, for building the query and for explanations. */
    record WeightedTerm(Term term, double frequency, double idf) {
    }

    Query full(ProposalText proposal) {
        var b = new BooleanQuery.Builder();
        Query text = text(proposal);
        if (text != null) {
            b.add(text, BooleanClause.Occur.SHOULD);
        }
        disciplines(proposal, b);
        industries(proposal, b);
        return b.build();
    }

    /** The text part alone, or null when the proposal has no indexed term. */
    Query text(ProposalText proposal) {
        List<WeightedTerm> terms = terms(proposal);
        double norm = terms.stream().mapToDouble(t -> t.frequency() * t.idf()).sum();
        if (terms.isEmpty() || norm <= 0 || w.text() == 0) {
            return null;
        }
        var b = new BooleanQuery.Builder();
        for (WeightedTerm t : terms) {
            b.add(new BoostQuery(new TermQuery(t.term()), (float) (w.text() * t.frequency() / norm)),
                    BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** The proposal's terms that occur in some profile, best {@code queryTerms} by tf × idf. */
    List<WeightedTerm> terms(ProposalText proposal) {
        Map<Term, Double> frequency = new HashMap<>();
        count(proposal.title(), 2, frequency);
        count(proposal.abstractText(), 1, frequency);
        proposal.keywords().forEach(k -> count(k, 2, frequency));
        List<WeightedTerm> weighted = new ArrayList<>();
        try {
            for (var e : frequency.entrySet()) {
                int df = index.reader.docFreq(e.getKey());
                if (df > 0) {
                    long docs = index.reader.getDocCount(e.getKey().field());
                    double idf = Math.log(1 + (docs - df + 0.5) / (df + 0.5));
                    weighted.add(new WeightedTerm(e.getKey(), e.getValue(), idf));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        weighted.sort(Comparator.comparingDouble((WeightedTerm t) -> -t.frequency() * t.idf())
                .thenComparing(t -> t.term().text()));
        return weighted.subList(0, Math.min(w.queryTerms(), weighted.size()));
    }

    private void count(String text, double weight, Map<Term, Double> frequency) {
        if (text == null || text.isBlank()) {
            return;
        }
        String field = TextLanguage.of(text).field;
        try (TokenStream ts = index.analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                frequency.merge(new Term(field, term.toString()), weight, Double::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void disciplines(ProposalText proposal, BooleanQuery.Builder b) {
        List<Query> perCode = new ArrayList<>();
        for (String code : proposal.disciplines()) {
            var levels = new BooleanQuery.Builder();
            double previous = 0;
            for (int level = 1; level <= 3; level++) {
                int length = DisciplineMatch.LEVEL_LENGTHS[level - 1];
                double weight = DisciplineMatch.levelWeight(level, w);
                if (code.length() >= length && weight > previous) {
                    Query exact = new ConstantScoreQuery(
                            new TermQuery(new Term(ProfileIndex.DISCIPLINE, code.substring(0, length))));
                    levels.add(new BoostQuery(exact, (float) (w.discipline() * (weight - previous))),
                            BooleanClause.Occur.SHOULD);
                    previous = weight;
                }
            }
            perCode.add(levels.build());
        }
        if (!perCode.isEmpty() && w.discipline() > 0) {
            b.add(new DisjunctionMaxQuery(perCode, 0), BooleanClause.Occur.SHOULD);
        }
    }

    private void industries(ProposalText proposal, BooleanQuery.Builder b) {
        List<Query> shared = new ArrayList<>();
        for (String industry : proposal.industries()) {
            Query q = new ConstantScoreQuery(new TermQuery(new Term(ProfileIndex.INDUSTRY, industry)));
            shared.add(new BoostQuery(q, (float) w.industry()));
        }
        if (!shared.isEmpty() && w.industry() > 0) {
            b.add(new DisjunctionMaxQuery(shared, 0), BooleanClause.Occur.SHOULD);
        }
    }
}
