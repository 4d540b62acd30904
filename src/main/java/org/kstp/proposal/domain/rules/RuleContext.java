package org.kstp.proposal.domain.rules;

import java.time.LocalDate;
import org.kstp.common.Actor;
import org.kstp.program.CallView;

/**
 * What a rule is checked against besides the proposal.
 *
 * @param today the business date the rules apply on
 * @param viewer who reads the findings (integrity findings are worded for them); null for staff or the system
 */
public record RuleContext(CallView call, LocalDate today, Actor viewer) {
}
