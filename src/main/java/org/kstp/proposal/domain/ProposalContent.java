package org.kstp.proposal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The editable content of a proposal, replaced as a whole on each save of the form. The county is no
 * part of it: it decides who sees the proposal and whose quota it uses, so it comes from the host
 * institution (or a bureau decision), never from what the applicant types.
 */
public record ProposalContent(String title, String summary, String keywords, String planTaskCode,
                              String industryCode, BigDecimal requestedAmount,
                              List<TeamMember> team, Budget budget, LocalDate plannedEndOn, ProposalDetail detail) {

    public ProposalContent {
        team = team == null ? List.of() : List.copyOf(team);
        budget = budget == null ? new Budget(List.of(), null, List.of()) : budget;
        detail = detail == null ? ProposalDetail.NONE : detail;
    }

    /** Content without the call item, partners, indicators or schedule. */
    public ProposalContent(String title, String summary, String keywords, String planTaskCode, String industryCode,
                           BigDecimal requestedAmount, List<TeamMember> team, Budget budget, LocalDate plannedEndOn) {
        this(title, summary, keywords, planTaskCode, industryCode, requestedAmount, team, budget,
                plannedEndOn, null);
    }

    /** Content without a budget or schedule yet, as a first save often is. */
    public ProposalContent(String title, String summary, String keywords, String planTaskCode, String industryCode,
                           BigDecimal requestedAmount, List<TeamMember> team) {
        this(title, summary, keywords, planTaskCode, industryCode, requestedAmount, team, null, null);
    }

    public ProposalContent withDetail(ProposalDetail newDetail) {
        return new ProposalContent(title, summary, keywords, planTaskCode, industryCode, requestedAmount,
                team, budget, plannedEndOn, newDetail);
    }
}
