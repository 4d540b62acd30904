package org.kstp.integrity.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An entry that amends a finding: an appeal outcome, a revocation or an early lifting.
 *
 * @param tier and {@code measures}: for a varied appeal only (tier null keeps the current tier)
 * @param effectiveDate for an early lifting: the first day the measures no longer apply
 */
public record FollowUp(EntryKind kind, Decision decision, AppealOutcome outcome, Tier tier, List<Measure> measures,
                       LocalDate effectiveDate, String note) {

    public FollowUp {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    public static FollowUp appeal(AppealOutcome outcome, Decision decision, String note) {
        return new FollowUp(EntryKind.APPEAL, decision, outcome, null, List.of(), null, note);
    }

    public static FollowUp revocation(Decision decision, String note) {
        return new FollowUp(EntryKind.REVOCATION, decision, null, null, List.of(), null, note);
    }

    public static FollowUp earlyLifting(Decision decision, LocalDate effectiveDate, String note) {
        return new FollowUp(EntryKind.EARLY_LIFTING, decision, null, null, List.of(), effectiveDate, note);
    }
}
