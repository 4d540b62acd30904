package org.kstp.review.round;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.kstp.common.RuleViolation;

/**
 * The rules one round's draw follows. Numbers are per round, not constants: the bureau changes them
 * from call to call.
 *
 * @param reviewersPerProposal k, experts per proposal
 * @param pairCap       q, the largest probability any one expert may have of getting any one proposal
 * @param requireOutside whether every proposal needs an expert from outside Kashgar or a partner province
 * @param reviewDue     the date score sheets are due; later unsubmitted reviews are overdue
 */
public record RoundParameters(int reviewersPerProposal, BigDecimal pairCap, boolean requireOutside,
                              LocalDate reviewDue) {

    public static final int DEFAULT_REVIEWERS = 5;
    public static final BigDecimal DEFAULT_PAIR_CAP = new BigDecimal("0.50");
    static final int MAX_REVIEWERS = 15;

    /**
     * The defaults of the issue: 5 experts, q = 0.5, no outside requirement, two weeks. How many reviews
     * an expert takes on in a year is not a round's number: the expert pool's yearly cap applies.
     */
    public static RoundParameters defaults(LocalDate today) {
        return new RoundParameters(DEFAULT_REVIEWERS, DEFAULT_PAIR_CAP, false, today.plusWeeks(2));
    }

    /** Refuses parameters no draw could honour. */
    public void validate(LocalDate today) {
        if (reviewersPerProposal < 1 || reviewersPerProposal > MAX_REVIEWERS) {
            throw new RuleViolation("review.round.invalid.reviewers", MAX_REVIEWERS);
        }
        if (pairCap == null || pairCap.signum() <= 0 || pairCap.compareTo(BigDecimal.ONE) > 0
                || pairCap.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("review.round.invalid.pairCap");
        }
        if (reviewDue == null || reviewDue.isBefore(today)) {
            throw new RuleViolation("review.round.invalid.reviewDue");
        }
    }

    /**
     * Candidates a proposal needs for the draw to give it k experts: k, and in randomised mode k/q,
     * because no expert may carry more than q of a proposal's k places.
     */
    public int candidatesNeeded(RoundMode mode) {
        if (mode == RoundMode.DETERMINISTIC) {
            return reviewersPerProposal;
        }
        return BigDecimal.valueOf(reviewersPerProposal).divide(pairCap, 0, RoundingMode.CEILING).intValue();
    }
}
