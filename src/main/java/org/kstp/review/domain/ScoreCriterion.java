package org.kstp.review.domain;

/**
 * The catalogue of criteria a call's score sheet picks from; weights and scales are data on each
 * call (see {@code scoring.ScoreSheet}), not constants here, because they change from call to call.
 */
public enum ScoreCriterion {
    SCIENTIFIC_VALUE,
    INNOVATION,
    FEASIBILITY,
    TEAM,
    BUDGET_RATIONALITY,
    PLAN_RELEVANCE
}
