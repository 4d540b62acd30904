package org.kstp.review.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.RuleViolation;
import org.kstp.program.ProgramApi;
import org.kstp.review.domain.ScoreCriterion;
import org.kstp.review.scoring.ScoreSheets;
import org.kstp.review.scoring.ScoringService;
import org.kstp.review.scoring.SheetCriterion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bureau configures a call's score sheet: which criteria, their weights and scales. */
@Controller
@PreAuthorize("hasRole('BUREAU_STAFF')")
class ScoreSheetController {

    private final ScoringService scoring;
    private final ScoreSheets sheets;
    private final ProgramApi programs;

    ScoreSheetController(ScoringService scoring, ScoreSheets sheets, ProgramApi programs) {
        this.scoring = scoring;
        this.sheets = sheets;
        this.programs = programs;
    }

    @GetMapping("/review/calls/{callId}/sheet")
    String sheet(@PathVariable UUID callId, Model model) {
        model.addAttribute("call", programs.call(callId).orElseThrow(() -> new NotFound("call", callId)));
        Map<ScoreCriterion, SheetCriterion> rows = new EnumMap<>(ScoreCriterion.class);
        sheets.forCall(callId).criteria().forEach(c -> rows.put(c.criterion(), c));
        model.addAttribute("rows", rows);
        model.addAttribute("locked", sheets.locked(callId));
        model.addAttribute("catalogue", ScoreCriterion.values());
        return "review/sheet";
    }

    /** Rows arrive as use_C (checkbox), weight_C and scale_C for each catalogue criterion C, in catalogue order. */
    @PostMapping("/review/calls/{callId}/sheet")
    String save(@PathVariable UUID callId, @RequestParam Map<String, String> params, Actor actor,
                RedirectAttributes redirect) {
        List<SheetCriterion> criteria = new ArrayList<>();
        for (ScoreCriterion c : ScoreCriterion.values()) {
            if (params.containsKey("use_" + c.name())) {
                criteria.add(new SheetCriterion(c, decimal(params.get("weight_" + c.name()), c),
                        "100".equals(params.get("scale_" + c.name())) ? 100 : 10));
            }
        }
        scoring.configureSheet(callId, criteria, actor);
        redirect.addFlashAttribute("notice", "review.sheet.saved");
        return "redirect:/review/calls/" + callId + "/sheet";
    }

    private static BigDecimal decimal(String value, ScoreCriterion c) {
        try {
            return new BigDecimal(value.strip());
        } catch (RuntimeException notANumber) {
            throw new RuleViolation("review.sheet.weight", "review.ScoreCriterion." + c.name());
        }
    }
}
