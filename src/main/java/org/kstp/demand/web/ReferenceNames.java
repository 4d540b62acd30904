package org.kstp.demand.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.kstp.directory.DirectoryApi;
import org.kstp.plan.PlanApi;
import org.kstp.plan.PlanIndustry;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts the names of industries and counties on a page, so lists show names rather than codes. */
@Component
class ReferenceNames {

    private final PlanApi plan;
    private final DirectoryApi directory;

    ReferenceNames(PlanApi plan, DirectoryApi directory) {
        this.plan = plan;
        this.directory = directory;
    }

    void addTo(Model model) {
        model.addAttribute("industries", plan.industries());
        model.addAttribute("counties", directory.counties());
        model.addAttribute("industryNames", industryNames());
        model.addAttribute("countyNames", directory.countyNames());
    }

    Map<String, String> industryNames() {
        return plan.industries().stream().collect(Collectors.toMap(PlanIndustry::code, PlanIndustry::name));
    }

    Map<String, String> countyNames() {
        return directory.countyNames();
    }
}
