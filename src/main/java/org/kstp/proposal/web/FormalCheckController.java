package org.kstp.proposal.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.proposal.domain.FormalCheck;
import org.kstp.proposal.domain.Proposal;
import org.kstp.proposal.domain.ProposalService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Takes the bureau's item-by-item formal check from the proposal page. */
@Controller
class FormalCheckController {

    private final FormalCheck formalCheck;
    private final ProposalService proposals;

    FormalCheckController(FormalCheck formalCheck, ProposalService proposals) {
        this.formalCheck = formalCheck;
        this.proposals = proposals;
    }

    /** Fields per item: {@code pass_<CODE>} = true|false and {@code note_<CODE>}. */
    @PostMapping("/proposals/{id}/formal-check")
    @PreAuthorize("hasRole('BUREAU_STAFF')")
    String check(@PathVariable UUID id, @RequestParam Map<String, String> form,
                 @RequestParam(defaultValue = "RETURN") FormalCheck.Outcome ifFailed, Actor actor,
                 RedirectAttributes redirect) {
        Proposal proposal = proposals.visible(id, actor);
        Map<String, FormalCheck.Verdict> verdicts = new HashMap<>();
        for (String item : proposals.call(proposal.callId()).formalCheckItems()) {
            String pass = form.get("pass_" + item);
            if (pass != null) {
                verdicts.put(item, new FormalCheck.Verdict(item, Boolean.parseBoolean(pass), form.get("note_" + item)));
            }
        }
        formalCheck.record(id, verdicts, ifFailed, actor);
        redirect.addFlashAttribute("notice", "proposal.formalCheck.done");
        return "redirect:/proposals/" + id;
    }
}
