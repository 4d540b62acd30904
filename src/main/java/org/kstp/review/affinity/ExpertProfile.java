package org.kstp.review.affinity;

import java.util.List;
import java.util.Set;

/**
 * What the matcher knows about an expert.
 *
 * @param id          the expert's id, for output and explanations
 * @param texts       keywords, past project titles and abstracts, publications; Chinese or English
 * @param disciplines GB/T 13745 codes (3, 5 or 7 digits)
 * @param industries  plan-industry ids the expert declared
 */
public record ExpertProfile(String id, List<String> texts, List<String> disciplines, Set<String> industries) {

    /** Copies the collections so a profile cannot change under the index. */
    public ExpertProfile {
        texts = List.copyOf(texts);
        disciplines = List.copyOf(disciplines);
        industries = Set.copyOf(industries);
    }
}
