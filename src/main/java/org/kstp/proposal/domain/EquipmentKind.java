package org.kstp.proposal.domain;

/**
 * How an equipment line is spent. The 2021 rules (State Council General Office No. 32, 2021) cap
 * indirect costs on direct costs minus equipment purchase only: trial manufacture, upgrade and rental
 * stay in the base of the cap.
 */
public enum EquipmentKind {
    /** Buying equipment: the only equipment spending taken out of the indirect-cost base. */
    PURCHASE,
    /** Building a prototype or special equipment in-house. */
    TRIAL_MANUFACTURE,
    /** Upgrading or refitting existing equipment. */
    UPGRADE,
    /** Renting equipment or paying for its use. */
    RENTAL
}
