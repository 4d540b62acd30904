package org.kstp.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A proposal as the review module sees it: content without the history.
 *
 * @param status the name of its {@code ProposalStatus}
 * @param callItemId the call item it answers, null for calls without items: ranking is per item
 * @param disciplineCode its GB/T 13745 discipline, or null
 */
public record ProposalSummary(UUID id, UUID callId, String trackingNumber, String title, String summary,
                              String keywords, String planTaskCode, String industryCode, String countyCode,
                              BigDecimal requestedAmount, BigDecimal approvedAmount, UUID hostOrganisationId,
                              String piName, List<String> teamNames, String status, Instant submittedAt,
                              UUID callItemId, String disciplineCode) {
}
