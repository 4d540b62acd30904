package org.kstp.demand.web;

import jakarta.validation.Valid;
import java.util.Map;
import org.kstp.common.Actor;
import org.kstp.common.BusinessTime;
import org.kstp.common.RuleViolation;
import org.kstp.demand.domain.DemandPermissions;
import org.kstp.demand.domain.DemandService;
import org.kstp.demand.query.DemandQuery;
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
    private final ReferenceNames names;

    DemandController(DemandService service, DemandQuery query, ReferenceNames names) {
        this.service = service;
        this.query = query;
        this.names = names;
    }

    /** The full page, or only the table for htmx when the status filter changes. */
    @GetMapping("/demands")
    String list(@RequestParam(required = false) String status, Actor actor,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("rows", query.list(actor, status));
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
        model.addAttribute("form", DemandForm.blank(service.fixedCounty(actor), actor.displayName()));
        return form(actor, model);
    }

    @PostMapping("/demands")
    String submit(@Valid @ModelAttribute("form") DemandForm form, BindingResult errors, Actor actor, Model model) {
        if (service.fixedCounty(actor) == null && (form.countyCode() == null || form.countyCode().isBlank())) {
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
        String fixed = service.fixedCounty(actor);
        model.addAttribute("countyFixed", fixed != null);
        model.addAttribute("fixedCounty", fixed);
        model.addAttribute("zone", BusinessTime.ZONE);
        return "demand/form";
    }
}
