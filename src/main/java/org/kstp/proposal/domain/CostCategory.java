package org.kstp.proposal.domain;

/** The three direct-cost categories of the 2021 rules. */
public enum CostCategory {
    /**
     * Equipment: purchase, trial manufacture, upgrade or rental ({@link EquipmentKind}); items from the
     * call's threshold up need a justification.
     */
    EQUIPMENT,
    /** Operations: materials, testing, travel, meetings, publication and the like. */
    OPERATIONS,
    /** Labour for people without a salaried post on the project (students, temporary staff). */
    LABOUR
}
