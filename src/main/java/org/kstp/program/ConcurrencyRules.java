package org.kstp.program;

/**
 * Concurrency limits of a call, after Xinjiang's 2023 rules: a PI's projects in progress plus this
 * year's proposals may not exceed {@code piLimit}; neither of the first two members after the PI may
 * already have {@code memberProjectLimit} projects in progress; the host may not have more than
 * {@code institutionOverdueLimit} overdue projects not yet accepted. Some programmes (e.g. for
 * science commissioners) are exempt.
 */
public record ConcurrencyRules(int piLimit, int memberProjectLimit, int institutionOverdueLimit, boolean exempt) {
}
