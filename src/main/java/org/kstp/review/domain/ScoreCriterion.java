package org.kstp.review.domain;

/** The criteria of the score sheet, each scored 0-10, with weights summing to 100. */
public enum ScoreCriterion {
    SCIENTIFIC_VALUE(30),
    INNOVATION(25),
    FEASIBILITY(25),
    TEAM(20);

    private final int weight;

    ScoreCriterion(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
