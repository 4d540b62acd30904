package org.kstp.review.web;

import java.math.BigDecimal;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.proposal.ProposalApi;
import org.kstp.proposal.ProposalSummary;
import org.kstp.review.domain.ConflictCheck;
import org.kstp.review.domain.ReviewAssignment;
import org.kstp.review.domain.ReviewService;
import org.kstp.review.ranking.Decision;
import org.kstp.review.ranking.DecisionService;
import org.kstp.review.scoring.Recommendation;
import org.kstp.review.scoring.ScoringService;
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
    private final ScoringService scoring;
    private final DecisionService decisions;
    private final StaffReviewPanel staffPanel;

    ReviewController(ReviewService service, ProposalApi proposals, ConflictCheck conflicts, ScoringService scoring,
                     DecisionService decisions, StaffReviewPanel staffPanel) {
        this.service = service;
        this.proposals = proposals;
        this.conflicts = conflicts;
        this.scoring = scoring;
        this.decisions = decisions;
        this.staffPanel = staffPanel;
    }

    @GetMapping("/review/proposals")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String proposals(Model model) {
        model.addAttribute("proposals", proposals.inReview());
        return "review/proposals";
    }

    @GetMapping("/review/proposals/{id}")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String proposal(@PathVariable UUID id, Actor actor, Model model) {
        ProposalSummary proposal = proposals.summary(id);
        model.addAttribute("p", proposal);
        model.addAttribute("assignments", service.assignmentsOf(id));
        model.addAttribute("eligible", conflicts.eligible(id));
        model.addAttribute("excluded", conflicts.excluded(id));
        staffPanel.fill(proposal, actor, model);
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
        decisions.decide(id, Decision.APPROVE, amount, comment, actor);
        redirect.addFlashAttribute("notice", "review.decision.approved");
        return "redirect:/review/proposals/" + id;
    }

    @PostMapping("/review/proposals/{id}/decline")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String decline(@PathVariable UUID id, @RequestParam String reason, Actor actor, RedirectAttributes redirect) {
        decisions.decide(id, Decision.REJECT, null, reason, actor);
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
        // A round's assignment is answered first (the invitation panel on top), so the declaration
        // form waits for the acceptance; the content shows only once the declaration is recorded.
        model.addAttribute("awaitingAcceptance", service.awaitingAcceptance(id));
        model.addAttribute("p", proposals.summary(assignment.proposalId()));
        model.addAttribute("detail", proposals.detail(assignment.proposalId()));
        model.addAttribute("sheet", scoring.sheetOf(assignment.proposalId()));
        model.addAttribute("card", scoring.scorecard(id, actor));
        model.addAttribute("peers", scoring.peerReviews(id, actor));
        model.addAttribute("recommendations", Recommendation.values());
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

    /** An assignment with the proposal it is about, for the expert's list. */
    record AssignmentRow(ReviewAssignment assignment, ProposalSummary proposal) {
    }
}
