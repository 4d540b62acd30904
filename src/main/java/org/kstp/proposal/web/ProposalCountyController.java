package org.kstp.proposal.web;

import java.util.UUID;
import org.kstp.common.Actor;
import org.kstp.proposal.domain.CountyAssignment;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bureau's decision on the county of a proposal whose host lies outside the prefecture. */
@Controller
class ProposalCountyController {

    private final CountyAssignment counties;

    ProposalCountyController(CountyAssignment counties) {
        this.counties = counties;
    }

    @PostMapping("/proposals/{id}/county")
    String assign(@PathVariable UUID id, @RequestParam(required = false) String countyCode, Actor actor,
                  RedirectAttributes redirect) {
        counties.assign(id, countyCode, actor);
        redirect.addFlashAttribute("notice", "proposal.county.assigned");
        return "redirect:/proposals/" + id;
    }
}
