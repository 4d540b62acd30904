package org.kstp.demand.web;

import java.util.UUID;
import org.kstp.common.NotFound;
import org.kstp.demand.query.DemandTrail;
import org.kstp.demand.query.PublicDemandQuery;
import org.kstp.directory.DirectoryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public list of published demands, open without signing in, so researchers can see what local
 * enterprises and counties need. Contact details never reach these pages.
 */
@Controller
class PublicDemandController {

    private final PublicDemandQuery query;
    private final DemandTrail trail;
    private final DirectoryApi directory;
    private final ReferenceNames names;

    PublicDemandController(PublicDemandQuery query, DemandTrail trail, DirectoryApi directory, ReferenceNames names) {
        this.query = query;
        this.trail = trail;
        this.directory = directory;
        this.names = names;
    }

    @GetMapping("/demands/public")
    String list(@RequestParam(required = false) String industry, Model model) {
        model.addAttribute("demands", query.list(industry));
        model.addAttribute("industry", industry);
        names.addTo(model);
        return "demand/public-list";
    }

    @GetMapping("/demands/public/{id}")
    String demand(@PathVariable UUID id, Model model) {
        var demand = query.demand(id).orElseThrow(() -> new NotFound("demand", id));
        model.addAttribute("d", demand);
        model.addAttribute("gbtName", directory.industryCodeName(demand.gbtIndustryCode()).orElse(null));
        model.addAttribute("trail", trail.steps(id, query.links(id), null));
        names.addTo(model);
        return "demand/public-view";
    }
}
