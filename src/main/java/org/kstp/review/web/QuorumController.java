package org.kstp.review.web;

import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.review.ranking.ReviewQuorum;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bureau's overrule of the minimum of valid reviews for one proposal, from its review page. */
@Controller
class QuorumController {

    private final ReviewQuorum quorum;

    QuorumController(ReviewQuorum quorum) {
        this.quorum = quorum;
    }

    @PostMapping("/review/proposals/{id}/quorum-overrule")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String overrule(@PathVariable UUID id, @RequestParam(required = false) String reason, Actor actor,
                    RedirectAttributes redirect) {
        quorum.overrule(id, reason, actor);
        redirect.addFlashAttribute("notice", "review.quorum.overruled");
        return "redirect:/review/proposals/" + id;
    }
}
