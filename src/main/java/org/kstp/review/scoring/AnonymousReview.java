package org.kstp.review.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kstp.review.domain.ScoreCriterion;

/**
 * A review as others may see it: a letter instead of the expert (expert A, B, C in the order the reviews
 * came in), no name, no organisation.
 *
 * @param own whether this is the reader's own review (experts only)
 */
public record AnonymousReview(String letter, Map<ScoreCriterion, Integer> scores, BigDecimal total, String opinion,
                              Recommendation recommendation, boolean own) {

    /** Letters in submission order; past Z the letters repeat with a number (A2, B2, ...). */
    static String letter(int index) {
        char letter = (char) ('A' + index % 26);
        return index < 26 ? String.valueOf(letter) : letter + String.valueOf(index / 26 + 1);
    }

    /** For readers who wrote none of them (applicants, staff). */
    public static List<AnonymousReview> anonymise(List<Scorecard> inOrder) {
        return of(inOrder, null);
    }

    /** The given scorecards, already in submission order, anonymised; {@code reader} marks the own one. */
    static List<AnonymousReview> of(List<Scorecard> inOrder, java.util.UUID reader) {
        List<AnonymousReview> result = new ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            Scorecard s = inOrder.get(i);
            result.add(new AnonymousReview(letter(i), s.scoreMap(), s.total(), s.opinion(), s.recommendation(),
                    reader != null && s.expertAccountId().equals(reader)));
        }
        return result;
    }
}
