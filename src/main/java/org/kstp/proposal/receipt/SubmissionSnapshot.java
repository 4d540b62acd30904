package org.kstp.proposal.receipt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything the PI submitted, with the names of what it refers to resolved at that moment (the
 * host's name or a county's may change later; the receipt must not). Serialised once to JSON and
 * stored; {@code format} lets a later version of this record still read old snapshots (format 1 had
 * no call item, discipline, period start, partners, indicators or milestones: they read as empty).
 */
record SubmissionSnapshot(int format, UUID proposalId, String trackingNumber, int round, Instant submittedAt,
                          UUID callId, String callTitle, String programName, UUID hostOrganisationId,
                          String hostName, String hostUscc, String piName, String title, String summary,
                          String keywords, String planTaskCode, String planTaskName, String industryCode,
                          String industryName, String countyCode, String countyName, BigDecimal requestedAmount,
                          LocalDate plannedEndOn, List<Member> team, List<Line> budgetLines, BigDecimal direct,
                          BigDecimal indirect, BigDecimal requested, List<Funding> coFunding, List<File> attachments,
                          Integer callItemNumber, String callItemTitle, String disciplineCode, String disciplineName,
                          LocalDate plannedStartOn, List<PartnerEntry> partners, List<Indicator> indicators,
                          List<Stage> milestones) {

    static final int FORMAT = 2;

    SubmissionSnapshot {
        partners = partners == null ? List.of() : partners;
        indicators = indicators == null ? List.of() : indicators;
        milestones = milestones == null ? List.of() : milestones;
    }

    /** @param maskedId the last four characters of the member's ID, e.g. "****123X"; null without one */
    record Member(String name, String title, String organisationName, String duty, String disciplineCode,
                  String maskedId) {
    }

    /** @param role the {@code PartnerRole} name */
    record PartnerEntry(String name, String uscc, String role) {
    }

    record Indicator(String name, String targetValue, String unit) {
    }

    record Stage(LocalDate startsOn, LocalDate endsOn, String milestone, String deliverable) {
    }

    /** @param category the {@code CostCategory} name */
    record Line(String category, String item, BigDecimal amount, String justification) {
    }

    record Funding(String source, BigDecimal amount) {
    }

    /** An attachment by content hash: the receipt proves which bytes were submitted. */
    record File(String filename, String type, long size, String sha256) {
    }
}
