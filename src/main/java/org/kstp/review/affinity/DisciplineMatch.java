package org.kstp.review.affinity;

import java.util.List;

/**
 * GB/T 13745 codes are hierarchical by prefix: level 1 = 3 digits, level 2 = 5, level 3 = 7. Two
 * codes match at the deepest level where both have digits and the prefixes agree; finer weighs more.
 */
final class DisciplineMatch {

    static final int[] LEVEL_LENGTHS = {3, 5, 7};

    private DisciplineMatch() {
    }

    /** The best match over all pairs of codes, in [0, level3]. */
    static double score(List<String> proposal, List<String> expert, AffinityWeights w) {
        double best = 0;
        for (String a : proposal) {
            for (String b : expert) {
                best = Math.max(best, levelWeight(commonLevel(a, b), w));
            }
        }
        return best;
    }

    /** 0 (no match) to 3. */
    static int commonLevel(String a, String b) {
        int level = 0;
        for (int length : LEVEL_LENGTHS) {
            if (a.length() < length || b.length() < length || !a.regionMatches(0, b, 0, length)) {
                break;
            }
            level++;
        }
        return level;
    }

    static double levelWeight(int level, AffinityWeights w) {
        return switch (level) {
            case 1 -> w.level1();
            case 2 -> w.level2();
            case 3 -> w.level3();
            default -> 0;
        };
    }
}
