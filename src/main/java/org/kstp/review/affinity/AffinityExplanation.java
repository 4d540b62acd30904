package org.kstp.review.affinity;

import java.util.List;

/**
 * Why an expert matches a proposal, as the pair page shows it: each component already weighted,
 * so {@code text + discipline + industry = total}.
 *
 * @param proposalId  the proposal
 * @param expertId    the expert
 * @param text        weighted text match
 * @param discipline  weighted GB/T 13745 match
 * @param industry    weighted plan-industry match
 * @param total       the affinity used by the assignment
 * @param topTerms    the terms that contributed most to the text match
 */
public record AffinityExplanation(String proposalId, String expertId, double text, double discipline,
        double industry, double total, List<TermContribution> topTerms) {

    /** One matching term and its weighted contribution to {@link #text}. */
    public record TermContribution(String term, double contribution) {
    }
}
