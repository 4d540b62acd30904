package org.kstp.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.RuleViolation;
import org.kstp.review.ranking.Decision;
import org.kstp.review.ranking.DecisionService;
import org.kstp.review.ranking.RankedProposal;
import org.kstp.review.ranking.Ranking;
import org.kstp.review.ranking.RankingBasis;
import org.kstp.review.ranking.RankingService;
import org.kstp.review.ranking.RankingSheet;
import org.kstp.review.scoring.ScoringService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bureau's ranking of a call: aggregates, funding line, decisions (one or bulk), Excel, invalid reviews. */
@Controller
@PreAuthorize("hasRole('BUREAU_STAFF')")
class RankingController {

    private final RankingService ranking;
    private final DecisionService decisions;
    private final RankingSheet sheet;
    private final ScoringService scoring;
    private final MessageSource messages;

    RankingController(RankingService ranking, DecisionService decisions, RankingSheet sheet, ScoringService scoring,
                      MessageSource messages) {
        this.ranking = ranking;
        this.decisions = decisions;
        this.sheet = sheet;
        this.scoring = scoring;
        this.messages = messages;
    }

    @GetMapping("/review/calls/{callId}/ranking")
    String ranking(@PathVariable UUID callId, @RequestParam(defaultValue = "TRIMMED_MEAN") RankingBasis basis,
                   Actor actor, Model model) {
        model.addAttribute("ranking", ranking.ranking(callId, basis, actor));
        model.addAttribute("bases", RankingBasis.values());
        model.addAttribute("decisionOptions", Decision.values());
        return "review/ranking";
    }

    @GetMapping("/review/calls/{callId}/ranking.xlsx")
    void export(@PathVariable UUID callId, @RequestParam(defaultValue = "TRIMMED_MEAN") RankingBasis basis,
                Actor actor, HttpServletResponse response) throws IOException {
        Ranking r = ranking.ranking(callId, basis, actor);
        Locale locale = LocaleContextHolder.getLocale();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String name = messages.getMessage("review.ranking.filename", null, locale);
        response.setHeader("Content-Disposition", "attachment; filename=\"ranking.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + ".xlsx");
        sheet.write(r, locale, response.getOutputStream());
    }

    @PostMapping("/review/calls/{callId}/decisions/{proposalId}")
    String decide(@PathVariable UUID callId, @PathVariable UUID proposalId, @RequestParam Decision decision,
                  @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) String note,
                  @RequestParam(defaultValue = "TRIMMED_MEAN") RankingBasis basis, Actor actor,
                  RedirectAttributes redirect) {
        decisions.decideInCall(callId, proposalId, decision, amount, note, actor);
        redirect.addFlashAttribute("notice", "review.decision.recorded");
        return "redirect:/review/calls/" + callId + "/ranking?basis=" + basis;
    }

    /**
     * Approves, at the requested amount, every proposal above the line that is reviewed and not yet
     * decided; each through the same command as one click, refusals listed by title.
     */
    @PostMapping("/review/calls/{callId}/decisions/approve-above-line")
    String approveAboveLine(@PathVariable UUID callId, @RequestParam(defaultValue = "TRIMMED_MEAN") RankingBasis basis,
                            Actor actor, RedirectAttributes redirect) {
        Locale locale = LocaleContextHolder.getLocale();
        int approved = 0;
        List<String> refused = new ArrayList<>();
        for (RankedProposal row : ranking.ranking(callId, basis, actor).aboveLine()) {
            if (row.decided() || row.rank() == 0) {
                continue;
            }
            try {
                decisions.decide(row.proposal().id(), Decision.APPROVE, row.proposal().requestedAmount(),
                        messages.getMessage("review.decision.bulkNote", null, locale), actor);
                approved++;
            } catch (RuleViolation r) {
                refused.add(row.proposal().title() + ": "
                        + messages.getMessage(r.messageKey(), r.arguments(), r.messageKey(), locale));
            }
        }
        redirect.addFlashAttribute("notice", "review.decision.bulkDone");
        redirect.addFlashAttribute("bulkApproved", approved);
        redirect.addFlashAttribute("bulkRefused", refused);
        return "redirect:/review/calls/" + callId + "/ranking?basis=" + basis;
    }

    @PostMapping("/review/scorecards/{assignmentId}/invalid")
    String invalidate(@PathVariable UUID assignmentId, @RequestParam(required = false) String reason,
                      @RequestParam UUID proposal, Actor actor, RedirectAttributes redirect) {
        scoring.invalidate(assignmentId, reason, actor);
        redirect.addFlashAttribute("notice", "review.invalid.done");
        return "redirect:/review/proposals/" + proposal;
    }
}
