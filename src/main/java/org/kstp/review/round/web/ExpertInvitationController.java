package org.kstp.review.round.web;

import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.review.round.RoundInvitations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The expert's answer to a round's invitation, shown on their assignment page. Only the expert's own
 * assignments are found; anyone else's is "not found".
 */
@Controller
@PreAuthorize("hasRole('EXPERT')")
class ExpertInvitationController {

    private final RoundInvitations invitations;

    ExpertInvitationController(RoundInvitations invitations) {
        this.invitations = invitations;
    }

    /** The invitation panel (empty for an assignment made by hand). */
    @GetMapping("/review/invitations/{assignment}")
    String panel(@PathVariable UUID assignment, Actor actor, Model model) {
        model.addAttribute("assignmentId", assignment);
        model.addAttribute("invitation", invitations.ofAssignment(assignment, actor).orElse(null));
        return "review/invitation :: invitation";
    }

    @PostMapping("/review/invitations/{assignment}/accept")
    String accept(@PathVariable UUID assignment, Actor actor, RedirectAttributes redirect) {
        invitations.accept(assignment, actor);
        redirect.addFlashAttribute("notice", "review.invitation.accepted");
        return "redirect:/review/assignments/" + assignment;
    }

    @PostMapping("/review/invitations/{assignment}/decline")
    String decline(@PathVariable UUID assignment, @RequestParam(required = false) String reason, Actor actor,
                   RedirectAttributes redirect) {
        invitations.decline(assignment, reason, actor);
        redirect.addFlashAttribute("notice", "review.invitation.declined");
        return "redirect:/review/assignments";
    }
}
