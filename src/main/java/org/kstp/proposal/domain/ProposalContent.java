package org.kstp.proposal.domain;

import java.math.BigDecimal;
import java.util.List;

/** The editable content of a proposal, replaced as a whole on each save of the form. */
public record ProposalContent(String title, String summary, String keywords, String planTaskCode,
                              String industryCode, String countyCode, BigDecimal requestedAmount,
                              List<TeamMember> team) {

    public ProposalContent {
        team = team == null ? List.of() : List.copyOf(team);
    }
}
