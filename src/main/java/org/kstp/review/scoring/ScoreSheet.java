package org.kstp.review.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kstp.common.RuleViolation;
import org.kstp.review.domain.ScoreCriterion;

/**
 * A call's score sheet: criteria whose weights sum to exactly 100 %, each scored on 0-10 or 0-100.
 * A review's total is on a 0-100 scale whatever the criteria's scales, so reviews of calls with
 * different sheets (and the old fixed sheet) stay comparable.
 */
public record ScoreSheet(List<SheetCriterion> criteria) {

    static final BigDecimal HUNDRED = new BigDecimal("100");

    public ScoreSheet {
        criteria = List.copyOf(criteria);
    }

    /** Checks the sheet as the bureau configured it; refusals name what is wrong. */
    public static ScoreSheet of(List<SheetCriterion> criteria) {
        if (criteria.isEmpty()) {
            throw new RuleViolation("review.sheet.empty");
        }
        Set<ScoreCriterion> seen = EnumSet.noneOf(ScoreCriterion.class);
        BigDecimal sum = BigDecimal.ZERO;
        for (SheetCriterion c : criteria) {
            if (!seen.add(c.criterion())) {
                throw new RuleViolation("review.sheet.duplicate", label(c.criterion()));
            }
            if (c.maxScore() != 10 && c.maxScore() != 100) {
                throw new RuleViolation("review.sheet.scale", label(c.criterion()));
            }
            if (c.weight() == null || c.weight().signum() <= 0 || c.weight().stripTrailingZeros().scale() > 2) {
                throw new RuleViolation("review.sheet.weight", label(c.criterion()));
            }
            sum = sum.add(c.weight());
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new RuleViolation("review.sheet.weightSum", sum.stripTrailingZeros().toPlainString());
        }
        return new ScoreSheet(criteria);
    }

    /** Parses "SCIENTIFIC_VALUE:25:10;INNOVATION:20:10", the form of the configured default. */
    public static ScoreSheet parse(String text) {
        List<SheetCriterion> criteria = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] f = part.trim().split(":");
            criteria.add(new SheetCriterion(ScoreCriterion.valueOf(f[0].trim()), new BigDecimal(f[1].trim()),
                    Integer.parseInt(f[2].trim())));
        }
        return of(criteria);
    }

    /**
     * The weighted total on 0-100: sum of weight x score / scale, to two decimals (half up).
     * Every criterion must be scored within its scale.
     */
    public BigDecimal total(Map<ScoreCriterion, Integer> scores) {
        BigDecimal total = BigDecimal.ZERO;
        for (SheetCriterion c : criteria) {
            Integer score = scores.get(c.criterion());
            if (score == null || score < 0 || score > c.maxScore()) {
                throw new RuleViolation("review.score.range", label(c.criterion()), c.maxScore());
            }
            total = total.add(c.weight().multiply(BigDecimal.valueOf(score))
                    .divide(BigDecimal.valueOf(c.maxScore()), 6, RoundingMode.HALF_UP));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    public boolean has(ScoreCriterion criterion) {
        return criteria.stream().anyMatch(c -> c.criterion() == criterion);
    }

    static String label(ScoreCriterion criterion) {
        return "review.ScoreCriterion." + criterion.name();
    }
}
