package org.kstp.review.affinity;

import java.util.List;
import java.util.Set;

/**
 * What the matcher reads of a proposal.
 *
 * @param id          the proposal's id
 * @param title       title, counted twice in the query because it names the subject
 * @param abstractText abstract
 * @param keywords    keywords, counted twice like the title
 * @param disciplines GB/T 13745 codes of the proposal
 * @param industries  plan-industry ids the proposal serves
 */
public record ProposalText(String id, String title, String abstractText, List<String> keywords,
        List<String> disciplines, Set<String> industries) {

    /** Copies the collections; null texts become empty. */
    public ProposalText {
        title = title == null ? "" : title;
        abstractText = abstractText == null ? "" : abstractText;
        keywords = List.copyOf(keywords);
        disciplines = List.copyOf(disciplines);
        industries = Set.copyOf(industries);
    }
}
