package org.kstp.review.round.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kstp.common.BusinessTime;
import org.kstp.proposal.ProposalApi;
import org.kstp.proposal.ProposalSummary;
import org.kstp.review.round.DrawError;
import org.kstp.review.round.Invitation;
import org.kstp.review.round.ReviewRound;
import org.kstp.review.round.RoundInvitations;
import org.kstp.review.round.RoundProgressQuery;
import org.kstp.review.round.RoundService;
import org.kstp.review.round.RoundStatus;
import org.kstp.review.round.RoundVerifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Everything the round page shows, by status: the template holds no status logic beyond "is it here". */
@Component
class RoundPage {

    private final RoundService rounds;
    private final RoundVerifier verifier;
    private final RoundInvitations invitations;
    private final RoundProgressQuery progress;
    private final ProposalApi proposals;
    private final MessageSource messages;
    private final BusinessTime time;

    RoundPage(RoundService rounds, RoundVerifier verifier, RoundInvitations invitations, RoundProgressQuery progress,
              ProposalApi proposals, MessageSource messages, BusinessTime time) {
        this.rounds = rounds;
        this.verifier = verifier;
        this.invitations = invitations;
        this.progress = progress;
        this.proposals = proposals;
        this.messages = messages;
        this.time = time;
    }

    String fill(UUID id, Model model) {
        ReviewRound round = rounds.round(id);
        model.addAttribute("round", round);
        if (!model.containsAttribute("roundForm")) {
            model.addAttribute("roundForm", RoundForm.of(round));
        }
        model.addAttribute("actions", round.allowedActions());
        model.addAttribute("drawError", errorText(round));
        model.addAttribute("progress", rounds.progress(id).orElse(null));
        Map<UUID, ProposalSummary> titles = new HashMap<>();
        if (round.status() == RoundStatus.DRAFT) {
            List<ProposalSummary> choosable = rounds.choosable(round);
            choosable.forEach(p -> titles.put(p.id(), p));
            model.addAttribute("choosable", choosable);
            model.addAttribute("shortages", round.proposalIds().isEmpty() ? List.of() : verifier.shortages(round));
        }
        round.proposalIds().forEach(p -> titles.computeIfAbsent(p, proposals::summary));
        model.addAttribute("titles", titles);
        if (round.isDrawn()) {
            fillDrawn(round, titles, model);
        }
        return "review/round";
    }

    private void fillDrawn(ReviewRound round, Map<UUID, ProposalSummary> titles, Model model) {
        Map<UUID, List<Invitation>> byProposal = new LinkedHashMap<>();
        for (Invitation i : invitations.ofRound(round.id())) {
            byProposal.computeIfAbsent(i.proposalId(), k -> new ArrayList<>()).add(i);
        }
        model.addAttribute("invitations", byProposal);
        LocalDate today = time.today();
        List<RoundProgressQuery.Line> lines = progress.lines(round.id(), today, round.parameters().reviewDue());
        model.addAttribute("submitted", lines.stream().filter(RoundProgressQuery.Line::submitted)
                .map(RoundProgressQuery.Line::invitationId).toList());
        model.addAttribute("byProposal", progress.byProposal(lines, p -> titles.get(p).title()));
        model.addAttribute("byExpert", progress.byExpert(lines));
    }

    private String errorText(ReviewRound round) {
        DrawError error = DrawError.decode(round.drawError());
        if (error == null) {
            return null;
        }
        return messages.getMessage(error.key(), error.args().toArray(), error.key(), LocaleContextHolder.getLocale());
    }
}
