package org.kstp.program;

/**
 * Concurrency limits of a call, after Xinjiang's 2023 rules: a PI's projects in progress plus this
 * year's proposals may not exceed {@code piLimit}; neither of the first two members after the PI may
 * already have {@code memberProjectLimit} projects in progress; the host may not have more than
 * {@code institutionOverdueLimit} overdue projects not yet accepted. Some calls (e.g. for science
 * commissioners) are exempt; programmes of the kinds the rule excludes are marked on the programme.
 *
 * @param piLimitCountsMemberships the PI limit also counts projects where the PI is only a team member
 *     (the text counts the PI's own projects, so calls start with false)
 */
public record ConcurrencyRules(int piLimit, int memberProjectLimit, int institutionOverdueLimit, boolean exempt,
                               boolean piLimitCountsMemberships) {
}
