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
 * @param maxLoad       reviews per expert per calendar year, earlier rounds and manual assignments included;
 *                      an expert's own lower cap still applies
 * @param pairCap       q, the largest probability any one expert may have of getting any one proposal
 * @param requireOutside whether every proposal needs an expert from outside Kashgar or a partner province
 * @param reviewDue     the date score sheets are due; later unsubmitted reviews are overdue
 */
public record RoundParameters(int reviewersPerProposal, int maxLoad, BigDecimal pairCap, boolean requireOutside,
                              LocalDate reviewDue) {

    public static final int DEFAULT_REVIEWERS = 5;
    public static final int DEFAULT_MAX_LOAD = 10;
    public static final BigDecimal DEFAULT_PAIR_CAP = new BigDecimal("0.50");
    static final int MAX_REVIEWERS = 15;
    static final int MAX_LOAD = 100;

    /** The defaults of the issue: 5 experts, 10 a year, q = 0.5, no outside requirement, two weeks. */
    public static RoundParameters defaults(LocalDate today) {
        return new RoundParameters(DEFAULT_REVIEWERS, DEFAULT_MAX_LOAD, DEFAULT_PAIR_CAP, false, today.plusWeeks(2));
    }

    /** Refuses parameters no draw could honour. */
    public void validate(LocalDate today) {
        if (reviewersPerProposal < 1 || reviewersPerProposal > MAX_REVIEWERS) {
            throw new RuleViolation("review.round.invalid.reviewers", MAX_REVIEWERS);
        }
        if (maxLoad < 1 || maxLoad > MAX_LOAD) {
            throw new RuleViolation("review.round.invalid.maxLoad", MAX_LOAD);
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
