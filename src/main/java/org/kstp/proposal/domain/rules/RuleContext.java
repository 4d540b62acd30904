package org.kstp.proposal.domain.rules;

import java.time.LocalDate;
import java.time.ZoneId;
import org.kstp.common.Actor;
import org.kstp.program.CallView;

/**
 * What a rule is checked against besides the proposal.
 *
 * @param today the business date the rules apply on
 * @param zone the business time zone, in which a submission's year is counted
 * @param viewer who reads the findings (integrity findings are worded for them); null for staff or the system
 */
public record RuleContext(CallView call, LocalDate today, ZoneId zone, Actor viewer) {
}
