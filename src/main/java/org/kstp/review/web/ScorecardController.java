package org.kstp.review.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.review.domain.ScoreCriterion;
import org.kstp.review.scoring.Recommendation;
import org.kstp.review.scoring.Scorecard;
import org.kstp.review.scoring.ScorecardInput;
import org.kstp.review.scoring.ScoringService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The expert's scorecard: htmx autosave of the draft, and submission. Only on their own assignment. */
@Controller
@PreAuthorize("hasRole('EXPERT')")
class ScorecardController {

    private final ScoringService scoring;
    private final BusinessTime time;

    ScorecardController(ScoringService scoring, BusinessTime time) {
        this.time = time;
        this.scoring = scoring;
    }

    /** Answers the autosave with a status line; a refusal (e.g. already submitted) is shown there too. */
    @PostMapping("/review/assignments/{id}/draft")
    String draft(@PathVariable UUID id, @RequestParam Map<String, String> params, Actor actor, Model model) {
        try {
            Scorecard card = scoring.saveDraft(id, input(params), actor);
            model.addAttribute("autosave", "saved");
            model.addAttribute("savedAt", time.local(card.savedAt()).toLocalTime().withNano(0));
        } catch (RuleViolation refused) {
            model.addAttribute("autosave", "refused");
            model.addAttribute("refusalKey", refused.messageKey());
        }
        return "review/scorecard-autosave :: status";
    }

    /** Submits the scorecard; refusals (a missing score, no pledge) come back on the page with the draft kept. */
    @PostMapping("/review/assignments/{id}")
    String submit(@PathVariable UUID id, @RequestParam Map<String, String> params, Actor actor,
                  RedirectAttributes redirect) {
        // The draft is kept first (its own transaction), so a refused submission loses nothing typed.
        ScorecardInput input = input(params);
        scoring.saveDraft(id, input, actor);
        scoring.submit(id, input, actor);
        redirect.addFlashAttribute("notice", "review.score.done");
        return "redirect:/review/assignments/" + id;
    }

    /** Scores arrive as score_CRITERION; anything not a whole number is left out and caught by the sheet. */
    static ScorecardInput input(Map<String, String> params) {
        Map<ScoreCriterion, Integer> scores = new EnumMap<>(ScoreCriterion.class);
        for (ScoreCriterion c : ScoreCriterion.values()) {
            String value = params.get("score_" + c.name());
            if (value != null && value.strip().matches("\\d{1,3}")) {
                scores.put(c, Integer.valueOf(value.strip()));
            }
        }
        Recommendation recommendation = null;
        String rec = params.get("recommendation");
        for (Recommendation r : Recommendation.values()) {
            if (r.name().equals(rec)) {
                recommendation = r;
            }
        }
        return new ScorecardInput(scores, params.get("opinion"), recommendation, params.containsKey("pledge"));
    }
}
