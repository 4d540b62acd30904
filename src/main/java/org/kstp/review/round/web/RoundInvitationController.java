package org.kstp.review.round.web;

import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.review.round.PairExplainer;
import org.kstp.review.round.RoundInvitations;
import org.kstp.review.round.RoundReminders;
import org.kstp.review.round.RoundService;
import org.kstp.review.round.RoundVerifier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff's work on a drawn round: replacements, reminders, one pair's explanation, and the verification. */
@Controller
class RoundInvitationController {

    private final RoundService rounds;
    private final RoundInvitations invitations;
    private final RoundReminders reminders;
    private final RoundVerifier verifier;
    private final PairExplainer pairs;

    RoundInvitationController(RoundService rounds, RoundInvitations invitations, RoundReminders reminders,
                              RoundVerifier verifier, PairExplainer pairs) {
        this.rounds = rounds;
        this.invitations = invitations;
        this.reminders = reminders;
        this.verifier = verifier;
        this.pairs = pairs;
    }

    @PostMapping("/review/rounds/{id}/invitations/{invitation}/withdraw")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String withdraw(@PathVariable UUID id, @PathVariable UUID invitation, @RequestParam(required = false) String reason,
                    Actor actor, RedirectAttributes redirect) {
        invitations.withdraw(invitation, reason, actor);
        return done(id, "review.round.replace.suggested", redirect);
    }

    @PostMapping("/review/rounds/{id}/invitations/{invitation}/confirm")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String confirm(@PathVariable UUID id, @PathVariable UUID invitation, Actor actor, RedirectAttributes redirect) {
        invitations.confirm(invitation, actor);
        return done(id, "review.round.replace.confirmed", redirect);
    }

    @PostMapping("/review/rounds/{id}/invitations/{invitation}/dismiss")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String dismiss(@PathVariable UUID id, @PathVariable UUID invitation, Actor actor, RedirectAttributes redirect) {
        invitations.dismiss(invitation, actor);
        return done(id, "review.round.replace.dismissed", redirect);
    }

    @PostMapping("/review/rounds/{id}/invitations/{invitation}/suggest")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String suggest(@PathVariable UUID id, @PathVariable UUID invitation, Actor actor, RedirectAttributes redirect) {
        invitations.suggestAgain(invitation, actor);
        return done(id, "review.round.replace.suggested", redirect);
    }

    @PostMapping("/review/rounds/{id}/remind")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String remind(@PathVariable UUID id, @RequestParam(required = false) UUID proposal,
                  @RequestParam(required = false) UUID expert, Actor actor, RedirectAttributes redirect) {
        int sent = reminders.remind(id, proposal, expert, actor);
        redirect.addFlashAttribute("reminded", sent);
        return done(id, "review.round.remind.done", redirect);
    }

    /** One pair's affinity components and conflict verdicts; a fragment for htmx, a page otherwise. */
    @GetMapping("/review/rounds/{id}/pair")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String pair(@PathVariable UUID id, @RequestParam UUID proposal, @RequestParam UUID expert,
                @RequestHeader(name = "HX-Request", required = false)
                String htmx, Model model) {
        model.addAttribute("round", rounds.round(id));
        model.addAttribute("pair", pairs.explain(rounds.round(id), proposal, expert));
        return htmx != null ? "review/round-pair :: pair" : "review/round-pair";
    }

    /** Re-runs the draw from the revealed seed and the saved input; anyone in the bureau or audit may. */
    @GetMapping("/review/rounds/{id}/verify")
    @PreAuthorize("hasAnyRole('BUREAU_STAFF', 'AUDIT_ADMIN')")
    String verify(@PathVariable UUID id, Model model) {
        model.addAttribute("round", rounds.round(id));
        model.addAttribute("verification", verifier.verify(rounds.round(id)));
        return "review/round-verify";
    }

    private static String done(UUID id, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/review/rounds/" + id;
    }
}
