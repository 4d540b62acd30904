package org.kstp.review.web;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.proposal.ProposalApi;
import org.kstp.proposal.ProposalSummary;
import org.kstp.review.domain.ConflictCheck;
import org.kstp.review.domain.ReviewAssignment;
import org.kstp.review.domain.ReviewService;
import org.kstp.review.domain.ScoreCriterion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Review pages: the bureau's (assign, see scores, decide) and the expert's (my assignments, score sheet). */
@Controller
class ReviewController {

    private final ReviewService service;
    private final ProposalApi proposals;
    private final ConflictCheck conflicts;

    ReviewController(ReviewService service, ProposalApi proposals, ConflictCheck conflicts) {
        this.service = service;
        this.proposals = proposals;
        this.conflicts = conflicts;
    }

    @GetMapping("/review/proposals")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String proposals(Model model) {
        model.addAttribute("proposals", proposals.inReview());
        return "review/proposals";
    }

    @GetMapping("/review/proposals/{id}")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String proposal(@PathVariable UUID id, Model model) {
        ProposalSummary proposal = proposals.summary(id);
        model.addAttribute("p", proposal);
        model.addAttribute("assignments", service.assignmentsOf(id));
        model.addAttribute("eligible", conflicts.eligible(id));
        model.addAttribute("excluded", conflicts.excluded(id));
        model.addAttribute("criteria", ScoreCriterion.values());
        model.addAttribute("zone", BusinessTime.ZONE);
        return "review/proposal";
    }

    @PostMapping("/review/proposals/{id}/assignments")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String assign(@PathVariable UUID id, @RequestParam UUID expert, Actor actor, RedirectAttributes redirect) {
        service.assign(id, expert, actor);
        redirect.addFlashAttribute("notice", "review.assign.done");
        return "redirect:/review/proposals/" + id;
    }

    @PostMapping("/review/proposals/{id}/approve")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String approve(@PathVariable UUID id, @RequestParam BigDecimal amount,
                   @RequestParam(required = false) String comment, Actor actor, RedirectAttributes redirect) {
        service.approve(id, amount, comment, actor);
        redirect.addFlashAttribute("notice", "review.decision.approved");
        return "redirect:/review/proposals/" + id;
    }

    @PostMapping("/review/proposals/{id}/decline")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String decline(@PathVariable UUID id, @RequestParam String reason, Actor actor, RedirectAttributes redirect) {
        service.decline(id, reason, actor);
        redirect.addFlashAttribute("notice", "review.decision.declined");
        return "redirect:/review/proposals/" + id;
    }

    @GetMapping("/review/assignments")
    @PreAuthorize("hasRole('EXPERT')")
    String assignments(Actor actor, Model model) {
        model.addAttribute("assignments", service.assignmentsFor(actor).stream()
                .map(a -> new AssignmentRow(a, proposals.summary(a.proposalId()))).toList());
        return "review/assignments";
    }

    @GetMapping("/review/assignments/{id}")
    @PreAuthorize("hasRole('EXPERT')")
    String assignment(@PathVariable UUID id, Actor actor, Model model) {
        ReviewAssignment assignment = service.ownAssignment(id, actor);
        model.addAttribute("a", assignment);
        // The template shows the content only once the no-conflict declaration is recorded.
        model.addAttribute("p", proposals.summary(assignment.proposalId()));
        model.addAttribute("detail", proposals.detail(assignment.proposalId()));
        model.addAttribute("criteria", ScoreCriterion.values());
        model.addAttribute("zone", BusinessTime.ZONE);
        return "review/assignment";
    }

    @PostMapping("/review/assignments/{id}/declaration")
    @PreAuthorize("hasRole('EXPERT')")
    String declareNoConflict(@PathVariable UUID id, Actor actor) {
        service.declareNoConflict(id, actor);
        return "redirect:/review/assignments/" + id;
    }

    @PostMapping("/review/assignments/{id}/conflict")
    @PreAuthorize("hasRole('EXPERT')")
    String declareConflict(@PathVariable UUID id, @RequestParam(required = false) String explanation, Actor actor,
                           RedirectAttributes redirect) {
        service.declareConflict(id, explanation, actor);
        redirect.addFlashAttribute("notice", "review.declaration.conflictDone");
        return "redirect:/review/assignments";
    }

    @PostMapping("/review/assignments/{id}")
    @PreAuthorize("hasRole('EXPERT')")
    String score(@PathVariable UUID id, @RequestParam Map<String, String> params, Actor actor,
                 RedirectAttributes redirect) {
        Map<ScoreCriterion, Integer> scores = new EnumMap<>(ScoreCriterion.class);
        for (ScoreCriterion criterion : ScoreCriterion.values()) {
            String value = params.get(criterion.name());
            if (value != null && value.matches("\\d{1,2}")) {
                scores.put(criterion, Integer.valueOf(value));
            }
        }
        service.submitScores(id, scores, params.get("opinion"), actor);
        redirect.addFlashAttribute("notice", "review.score.done");
        return "redirect:/review/assignments/" + id;
    }

    /** An assignment with the proposal it is about, for the expert's list. */
    record AssignmentRow(ReviewAssignment assignment, ProposalSummary proposal) {
    }
}
