package org.kstp.review.web;

import java.time.LocalDate;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.proposal.ProposalApi;
import org.kstp.review.domain.ReviewAssignment;
import org.kstp.review.domain.ReviewService;
import org.kstp.review.lobbying.LobbyingChannel;
import org.kstp.review.lobbying.LobbyingReport;
import org.kstp.review.lobbying.LobbyingService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The expert's lobbying report on an assignment, and the bureau's list of reports with flagging. */
@Controller
class LobbyingController {

    private final LobbyingService lobbying;
    private final ReviewService reviews;
    private final ProposalApi proposals;

    LobbyingController(LobbyingService lobbying, ReviewService reviews, ProposalApi proposals) {
        this.lobbying = lobbying;
        this.reviews = reviews;
        this.proposals = proposals;
    }

    @GetMapping("/review/assignments/{id}/lobbying")
    @PreAuthorize("hasRole('EXPERT')")
    String form(@PathVariable UUID id, Actor actor, Model model) {
        ReviewAssignment assignment = reviews.ownAssignment(id, actor);
        model.addAttribute("a", assignment);
        model.addAttribute("p", proposals.summary(assignment.proposalId()));
        model.addAttribute("channels", LobbyingChannel.values());
        return "review/lobbying-form";
    }

    @PostMapping("/review/assignments/{id}/lobbying")
    @PreAuthorize("hasRole('EXPERT')")
    String report(@PathVariable UUID id, @RequestParam(required = false) String approachedBy,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approachedOn,
                  @RequestParam(required = false) LobbyingChannel channel,
                  @RequestParam(required = false) String details, Actor actor, RedirectAttributes redirect) {
        lobbying.report(id, approachedBy, approachedOn, channel, details, actor);
        redirect.addFlashAttribute("notice", "review.lobbying.done");
        return "redirect:/review/assignments/" + id;
    }

    @GetMapping("/review/lobbying")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String reports(Actor actor, Model model) {
        model.addAttribute("reports", lobbying.reports(actor).stream()
                .map(r -> new ReportRow(r, proposals.summary(r.proposalId()).title(),
                        !lobbying.flags(r.proposalId(), actor).isEmpty()))
                .toList());
        return "review/lobbying";
    }

    @PostMapping("/review/lobbying/{reportId}/flag")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String flag(@PathVariable UUID reportId, @RequestParam(required = false) String note, Actor actor,
                RedirectAttributes redirect) {
        lobbying.flag(reportId, note, actor);
        redirect.addFlashAttribute("notice", "review.flag.done");
        return "redirect:/review/lobbying";
    }

    /** A report with the proposal's title and whether the proposal is flagged already. */
    record ReportRow(LobbyingReport report, String title, boolean flagged) {
    }
}
