package org.kstp.proposal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.proposal.domain.ExpertExclusions;
import org.kstp.proposal.domain.Proposal;
import org.kstp.proposal.domain.ProposalPermissions;
import org.kstp.proposal.domain.ProposalService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The applicant's "please do not send it to" list, for the team to edit and bureau staff to read. */
@Controller
class ExpertExclusionController {

    private final ExpertExclusions exclusions;
    private final ProposalService proposals;

    ExpertExclusionController(ExpertExclusions exclusions, ProposalService proposals) {
        this.exclusions = exclusions;
        this.proposals = proposals;
    }

    @GetMapping("/proposals/{id}/exclusions")
    String page(@PathVariable UUID id, Actor actor, Model model) {
        List<ExpertExclusions.Entry> entries = new ArrayList<>(exclusions.of(id, actor));
        Proposal proposal = proposals.visible(id, actor);
        boolean editable = ProposalPermissions.canEdit(actor, proposal);
        while (editable && entries.size() < ExpertExclusions.MAX) {
            entries.add(new ExpertExclusions.Entry("", "", "", null));
        }
        model.addAttribute("p", proposal);
        model.addAttribute("entries", entries);
        model.addAttribute("editable", editable);
        return "proposal/exclusions";
    }

    /** Rows are {@code name_i}, {@code employer_i}, {@code reason_i}; rows without a name are dropped. */
    @PostMapping("/proposals/{id}/exclusions")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> form, Actor actor,
                RedirectAttributes redirect) {
        List<ExpertExclusions.Entry> entries = new ArrayList<>();
        for (int i = 0; form.containsKey("name_" + i); i++) {
            String name = form.get("name_" + i);
            if (name != null && !name.isBlank()) {
                entries.add(new ExpertExclusions.Entry(name, form.get("employer_" + i), form.get("reason_" + i), null));
            }
        }
        exclusions.replace(id, entries, actor);
        redirect.addFlashAttribute("notice", "platform.saved");
        return "redirect:/proposals/" + id + "/exclusions";
    }
}
