package org.kstp.demand.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.common.RuleViolation;
import org.kstp.demand.domain.DemandPermissions;
import org.kstp.demand.domain.DemandService;
import org.kstp.demand.query.DemandQuery;
import org.kstp.platform.ListRequest;
import org.kstp.directory.DirectoryApi;
import org.kstp.directory.OrganisationSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The scoped demand list and the submission form. */
@Controller
class DemandController {

    /** Refusals about one field are shown next to that field, not above the form. */
    private static final Map<String, String> FIELD_OF_REFUSAL = Map.of(
            "demand.submit.unknownIndustry", "industryCode",
            "demand.submit.unknownCounty", "countyCode",
            "demand.submit.unknownGbtCode", "gbtIndustryCode");

    private final DemandService service;
    private final DemandQuery query;
    private final DirectoryApi directory;
    private final ReferenceNames names;

    DemandController(DemandService service, DemandQuery query, DirectoryApi directory, ReferenceNames names) {
        this.service = service;
        this.query = query;
        this.directory = directory;
        this.names = names;
    }

    /** The full page, or only the table for htmx when the status filter changes. */
    @GetMapping("/demands")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String county,
                @RequestParam(required = false) String industry, @ModelAttribute("list") ListRequest list, Actor actor,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("page", query.page(actor, status, county, industry, list));
        model.addAttribute("county", county);
        model.addAttribute("industry", industry);
        model.addAttribute("counts", query.countsByStatus(actor));
        model.addAttribute("status", status);
        model.addAttribute("canSubmit", DemandPermissions.canSubmit(actor));
        names.addTo(model);
        return htmx == null ? "demand/list" : "demand/list :: results";
    }

    @GetMapping("/demands/new")
    String newForm(Actor actor, Model model) {
        if (!DemandPermissions.canSubmit(actor)) {
            throw new RuleViolation("demand.submit.notAllowed");
        }
        String county = isCountyStaff(actor) ? actor.countyCode()
                : directory.organisation(actor.organisationId()).map(OrganisationSummary::countyCode).orElse(null);
        model.addAttribute("form", DemandForm.blank(county, actor.displayName()));
        return form(actor, model);
    }

    @PostMapping("/demands")
    String submit(@Valid @ModelAttribute("form") DemandForm form, BindingResult errors, Actor actor, Model model) {
        if (!isCountyStaff(actor) && (form.countyCode() == null || form.countyCode().isBlank())) {
            errors.rejectValue("countyCode", "demand.field.countyCode.required");
        }
        if (!errors.hasErrors()) {
            try {
                return "redirect:/demands/" + service.submit(form.toContent(), actor);
            } catch (RuleViolation refused) {
                String field = FIELD_OF_REFUSAL.get(refused.messageKey());
                if (field == null) {
                    errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
                } else {
                    errors.rejectValue(field, refused.messageKey(), refused.arguments(), refused.messageKey());
                }
            }
        }
        return form(actor, model);
    }

    private String form(Actor actor, Model model) {
        names.addTo(model);
        model.addAttribute("countyFixed", isCountyStaff(actor));
        return "demand/form";
    }

    private static boolean isCountyStaff(Actor actor) {
        return actor.has(Role.COUNTY_STAFF) && actor.countyCode() != null;
    }
}
