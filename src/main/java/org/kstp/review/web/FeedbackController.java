package org.kstp.review.web;

import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.review.feedback.FeedbackService;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Review feedback for the proposal's team (and staff) after the decision: a full page, the fragment
 * the proposal page loads with htmx, and the PDF. Who may read it is checked on the proposal.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class FeedbackController {

    private final FeedbackService feedback;

    FeedbackController(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/review/feedback/{proposalId}")
    String feedback(@PathVariable UUID proposalId, @RequestHeader(value = "HX-Request", required = false) String htmx,
                    Actor actor, Model model) {
        model.addAttribute("f", feedback.feedback(proposalId, actor));
        return htmx != null ? "review/feedback :: panel" : "review/feedback";
    }

    @GetMapping("/review/feedback/{proposalId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID proposalId, Actor actor) {
        byte[] body = feedback.pdf(proposalId, actor, LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("review-feedback-" + proposalId + ".pdf").build().toString())
                .body(body);
    }
}
