package org.kstp.review.affinity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the affinity components combine, bound from {@code kstp.review.affinity.*}. With the three
 * weights summing to 1 every affinity lies in [0, 1]. Rules change yearly, so these are
 * configuration, not constants.
 *
 * @param text       weight of the text match (BM25, normalised to [0, 1])
 * @param discipline weight of the GB/T 13745 discipline match
 * @param industry   weight of the plan-industry match
 * @param level1     discipline match when only the first level (3 digits) agrees
 * @param level2     discipline match when the second level (5 digits) agrees
 * @param level3     discipline match when the third level (7 digits) agrees
 * @param queryTerms how many of a proposal's most distinctive terms the text query uses
 * @param topTerms   how many matching terms an explanation keeps
 */
@ConfigurationProperties("kstp.review.affinity")
public record AffinityWeights(
        @DefaultValue("0.6") double text,
        @DefaultValue("0.3") double discipline,
        @DefaultValue("0.1") double industry,
        @DefaultValue("0.4") double level1,
        @DefaultValue("0.7") double level2,
        @DefaultValue("1.0") double level3,
        @DefaultValue("48") int queryTerms,
        @DefaultValue("5") int topTerms) {

    /** Rejects weights that would make the levels or the query nonsensical. */
    public AffinityWeights {
        if (text < 0 || discipline < 0 || industry < 0 || queryTerms < 1 || topTerms < 0) {
            throw new IllegalArgumentException("affinity weights must be non-negative");
        }
        if (!(level1 <= level2 && level2 <= level3)) {
            throw new IllegalArgumentException("finer discipline levels must weigh at least as much");
        }
    }

    /** The defaults, for code that runs without Spring (benchmarks, tests). */
    public static AffinityWeights defaults() {
        return new AffinityWeights(0.6, 0.3, 0.1, 0.4, 0.7, 1.0, 48, 5);
    }
}
