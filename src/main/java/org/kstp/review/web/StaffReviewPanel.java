package org.kstp.review.web;

import org.kstp.common.Actor;
import org.kstp.proposal.ProposalSummary;
import org.kstp.review.lobbying.LobbyingService;
import org.kstp.review.ranking.RankingService;
import org.kstp.review.ranking.ReviewQuorum;
import org.kstp.review.scoring.ScoringService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The scoring part of the bureau's proposal review page: the call's sheet, every scorecard (with
 * invalid ones marked), the aggregate with its outliers, the staff-only flags, and whether the
 * minimum of valid reviews was overruled.
 */
@Component
class StaffReviewPanel {

    private final ScoringService scoring;
    private final RankingService ranking;
    private final LobbyingService lobbying;
    private final ReviewQuorum quorum;

    StaffReviewPanel(ScoringService scoring, RankingService ranking, LobbyingService lobbying, ReviewQuorum quorum) {
        this.quorum = quorum;
        this.scoring = scoring;
        this.ranking = ranking;
        this.lobbying = lobbying;
    }

    void fill(ProposalSummary proposal, Actor actor, Model model) {
        model.addAttribute("sheet", scoring.sheetOf(proposal.id()));
        model.addAttribute("cards", scoring.scorecardsOf(proposal.id(), actor));
        model.addAttribute("aggregate", ranking.aggregateOf(proposal.callId(), proposal.id()));
        model.addAttribute("minValid", quorum.minimum());
        model.addAttribute("overrule", quorum.overrule(proposal.id()).orElse(null));
        model.addAttribute("flags", lobbying.flags(proposal.id(), actor));
    }
}
