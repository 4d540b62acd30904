package org.kstp.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A proposal as the form's first complete save has it, for callers outside the module's pages (the
 * demo): one operations budget line plus indirect costs, one assessable indicator, one milestone.
 *
 * @param callItemId the call item answered, or null for a call without items
 * @param operations direct operations costs in yuan; the request is this plus {@code indirect}
 */
public record NewProposal(String title, String summary, String keywords, String planTaskCode, String industryCode,
                          String countyCode, String disciplineCode, UUID callItemId, BigDecimal operations,
                          BigDecimal indirect, LocalDate plannedStartOn, LocalDate plannedEndOn, List<Member> team,
                          Indicator indicator, String milestone, String deliverable) {

    public NewProposal {
        team = team == null ? List.of() : List.copyOf(team);
    }

    /** A team member with a person record in the directory (and an account when they have one). */
    public record Member(String name, String title, String organisationName, String duty, UUID accountId,
                         UUID personId, String disciplineCode) {
    }

    /** An assessable indicator: what, how much, in which unit. */
    public record Indicator(String name, String targetValue, String unit) {
    }
}
